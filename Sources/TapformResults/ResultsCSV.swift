import TapformInvite

/// Results as RFC 4180 CSV, safe to open in a spreadsheet (`CSVWriter` neutralises formulas). Times are
/// ISO 8601 UTC.
public enum ResultsCSV {
    public static func render(_ results: [CandidateResult]) -> String {
        var out = CSVWriter.record(CandidateResult.columns)
        for result in results {
            out += CSVWriter.record([
                result.email,
                result.firstName ?? "",
                result.lastName ?? "",
                result.score.map(CandidateResult.scoreText) ?? "",
                result.cefrLevel ?? "",
                result.submittedAt.map { Timestamp.iso8601(epochMilliseconds: $0) } ?? "",
                result.reportUrl ?? "",
            ])
        }
        return out
    }
}
