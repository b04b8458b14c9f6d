import Foundation

/// `doctor --format json`: every check with its outcome, whether all passed, and for `--write` the table's
/// rows (each mismatch by field) and the throwaway assessments created, for a bug report. Holds no key:
/// no check text does.
extension DoctorReport: JSONReport {
    public static let kind = ReportKind.doctor

    private enum CodingKeys: String, CodingKey { case checks, passed, summary, endpoints, created }

    struct Summary: Encodable {
        var passed, failed, skipped: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checks, forKey: .checks)
        try container.encode(passed, forKey: .passed)
        func count(_ outcome: DoctorCheck.Outcome) -> Int { checks.count { $0.outcome == outcome } }
        try container.encode(Summary(passed: count(.passed), failed: count(.failed), skipped: count(.skipped)), forKey: .summary)
        try container.encode(endpoints, forKey: .endpoints)
        try container.encode(created, forKey: .created)
    }
}

extension DoctorCheck: Encodable {
    private enum CodingKeys: String, CodingKey { case outcome, text, advice, details }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outcome.rawValue, forKey: .outcome)
        try container.encode(text, forKey: .text)
        try container.encode(advice, forKey: .advice)
        try container.encode(details, forKey: .details)
    }
}

extension DoctorReport {
    /// The `--format json` document, as `JSONOutput` writes it.
    public var json: Data { Data(ReportRendering.json(self).utf8) }
}
