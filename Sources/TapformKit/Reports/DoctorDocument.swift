/// `doctor --format json`: every check with its outcome, and whether all passed.
extension DoctorReport: JSONReport {
    public static let kind = ReportKind.doctor

    private enum CodingKeys: String, CodingKey { case checks, passed, summary }

    struct Summary: Encodable {
        var passed, failed, skipped: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checks, forKey: .checks)
        try container.encode(passed, forKey: .passed)
        func count(_ outcome: DoctorCheck.Outcome) -> Int { checks.count { $0.outcome == outcome } }
        try container.encode(Summary(passed: count(.passed), failed: count(.failed), skipped: count(.skipped)), forKey: .summary)
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
