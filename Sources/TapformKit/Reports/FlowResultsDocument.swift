/// `results --flow NAME --format json` (and `--out FILE.json`): every key present, `null` when absent.
extension FlowResultsReport: JSONReport {
    public static let kind = ReportKind.flowResults

    private enum CodingKeys: String, CodingKey { case environment, flow, status, candidates }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(environment, forKey: .environment)
        try container.encode(flow, forKey: .flow)
        try container.encode(status, forKey: .status)
        try container.encode(candidates, forKey: .candidates)
    }
}

extension FlowResultsReport.Step: Encodable {
    private enum CodingKeys: String, CodingKey { case position, assessment }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(assessment, forKey: .assessment)
    }
}

extension FlowResultsReport.Assessment {
    private enum CodingKeys: String, CodingKey { case id, name }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
    }
}

extension FlowResultsReport.Candidate: Encodable {
    private enum CodingKeys: String, CodingKey { case email, firstName, lastName, status, step, assignedAt }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(email, forKey: .email)
        try container.encode(firstName, forKey: .firstName)
        try container.encode(lastName, forKey: .lastName)
        try container.encode(status, forKey: .status)
        try container.encode(step, forKey: .step)
        try container.encode(assignedAt, forKey: .assignedAt)
    }
}
