/// RFC 4180 output: comma-delimited, CRLF line breaks, fields quoted when needed, spreadsheet formulas
/// neutralised. Every CSV tapform writes goes through here.
public enum CSVWriter {
    /// One field: formula-neutralised (`SpreadsheetFormula`), then quoted when it holds a delimiter the
    /// reader could detect (`,` `;` tab), a quote, CR or LF, or starts with a byte order mark (which a
    /// reader would strip at the start of a file). Quotes inside are doubled.
    public static func field(_ text: String) -> String {
        let value = SpreadsheetFormula.neutralise(text)
        guard needsQuoting(value) else { return value }
        // Works on scalars, not characters: a quote followed by a combining mark is still a quote.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// One record, fields joined with commas, ending in CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    private static func needsQuoting(_ value: String) -> Bool {
        if value.unicodeScalars.first == "\u{FEFF}" { return true }
        return value.utf8.contains { byte in
            byte == 0x2C || byte == 0x3B || byte == 0x09 || byte == ASCII.quote || byte == ASCII.cr || byte == ASCII.lf
        }
    }
}
