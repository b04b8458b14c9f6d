/// `import --format json`: the files written, the assessments skipped or failed, and the notes.
extension ImportReport: JSONReport {
    public static let kind = ReportKind.import

    private enum CodingKeys: String, CodingKey { case environment, written, skipped, notFound, notes, summary, success }

    struct Summary: Encodable {
        var written, skipped, failed: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(environment, forKey: .environment)
        try container.encode(written, forKey: .written)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(notFound, forKey: .notFound)
        try container.encode(notes, forKey: .notes)
        let failed = skipped.count(where: \.isFailure) + notFound.count
        try container.encode(Summary(written: written.count, skipped: skipped.count - skipped.count(where: \.isFailure),
                                     failed: failed), forKey: .summary)
        try container.encode(!hasFailures, forKey: .success)
    }
}
