/// Results as RFC 4180 CSV, safe to open in a spreadsheet.
///
/// Text cells starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so a spreadsheet shows
/// them as text instead of running them as formulas (OWASP's CSV injection advice). The score column
/// is a number tapform formats itself, never user text, so it is not prefixed, even if negative.
/// Times are ISO 8601 UTC.
public enum ResultsCSV {
    public static func render(_ results: [CandidateResult]) -> String {
        var out = CSVWriter.record(CandidateResult.columns)
        for result in results {
            out += CSVWriter.record([
                neutralise(result.email),
                neutralise(result.firstName ?? ""),
                neutralise(result.lastName ?? ""),
                result.score.map(CandidateResult.scoreText) ?? "",
                neutralise(result.cefrLevel ?? ""),
                result.submittedAt.map { Timestamp.iso8601(epochMilliseconds: $0) } ?? "",
                neutralise(result.reportUrl ?? ""),
            ])
        }
        return out
    }

    /// `text` with a leading `'` when it starts with a character a spreadsheet would treat as a formula.
    public static func neutralise(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }
}
