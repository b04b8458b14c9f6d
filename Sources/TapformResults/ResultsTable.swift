import TapformInvite

/// Results as an aligned text table for a terminal.
///
/// Columns are sized by display width (wide characters count two), cells longer than
/// `maxColumnWidth` are cut with `…`, and control characters (escape sequences, line breaks,
/// direction overrides) are replaced so that candidate-supplied text cannot redraw the terminal.
public enum ResultsTable {
    public static let headers = ["EMAIL", "FIRST NAME", "LAST NAME", "SCORE", "CEFR", "SUBMITTED", "REPORT"]

    public static func render(_ results: [CandidateResult], maxColumnWidth: Int = 40) -> String {
        let rows = results.map { result in
            [
                result.email, result.firstName ?? "", result.lastName ?? "",
                result.score.map(CandidateResult.scoreText) ?? "", result.cefrLevel ?? "",
                result.submittedAt.map(submittedText) ?? "", result.reportUrl ?? "",
            ].map { DisplayWidth.truncate(sanitise($0), to: maxColumnWidth) }
        }
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        let scoreColumn = 3
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                DisplayWidth.pad(cell, to: widths[column], alignRight: column == scoreColumn)
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// `2024-05-01 09:30 UTC`: minutes are enough on a screen.
    static func submittedText(_ ms: Int64) -> String {
        let iso = Timestamp.iso8601(epochMilliseconds: ms)
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }

    /// Tabs and line breaks become spaces; other control characters become `�`.
    public static func sanitise(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { return " " }
            return NameRules.isControl(scalar) ? "\u{FFFD}" : scalar
        }))
    }
}
