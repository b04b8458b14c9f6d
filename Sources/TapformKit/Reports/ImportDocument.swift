/// `import --format json`: the files written, the assessments and flows skipped or failed, and the notes.
extension ImportReport: JSONReport {
    public static let kind = ReportKind.import

    private enum CodingKeys: String, CodingKey { case environment, written, skipped, flows, notFound, notes, summary, success }

    struct Summary: Encodable {
        var written, skipped, failed: Int
    }

    struct Flows: Encodable {
        var written: [WrittenFlow]
        var skipped: [Skipped]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(environment, forKey: .environment)
        try container.encode(written, forKey: .written)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(Flows(written: flowsWritten, skipped: flowsSkipped), forKey: .flows)
        try container.encode(notFound, forKey: .notFound)
        try container.encode(notes, forKey: .notes)
        try container.encode(Summary(written: writtenCount, skipped: skippedCount, failed: failedCount), forKey: .summary)
        try container.encode(!hasFailures, forKey: .success)
    }
}
