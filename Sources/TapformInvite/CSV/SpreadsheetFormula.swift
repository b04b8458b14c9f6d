/// Spreadsheet formula neutralising (OWASP's CSV injection advice), applied by `CSVWriter` to every field
/// of every CSV tapform writes and undone by `CSVReader`, so that a file tapform wrote reads back exactly.
///
/// A field that would start a formula (`=`, `+`, `-`, `@`, tab or CR first, after any leading `'`) gets a
/// leading `'`, which spreadsheets show as text. A plain decimal number (`-5`, `+49.5`) is left alone: it
/// cannot run anything. Counting the leading `'` in makes the rule reversible: `'=x` is written `''=x`.
public enum SpreadsheetFormula {
    /// `text` with a leading `'` when a spreadsheet would treat it as a formula.
    public static func neutralise(_ text: String) -> String {
        isFormulaLike(text) ? "'" + text : text
    }

    /// The inverse of `neutralise`: drops the leading `'` that `neutralise` adds.
    public static func restore(_ text: String) -> String {
        guard text.unicodeScalars.first == "'", isFormulaLike(text) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `text`, after its leading `'`s, starts with a trigger and is not a plain number.
    private static func isFormulaLike(_ text: String) -> Bool {
        let rest = text.unicodeScalars.drop { $0 == "'" }
        guard let first = rest.first, triggers.contains(first) else { return false }
        return !isPlainNumber(rest)
    }

    /// An optional sign, digits, and optionally a point and more digits.
    private static func isPlainNumber(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var rest = scalars[...]
        if let sign = rest.first, sign == "+" || sign == "-" { rest = rest.dropFirst() }
        let parts = String(rest).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { return false }
        guard parts.count == 2 else { return true }
        return !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
