import TapformPlan

/// What `apply --format json` prints: the plan that was applied (nil when the files and the account
/// already matched) and what happened to each assessment.
public struct ApplyDocument: JSONReport, Hashable {
    public static let kind = ReportKind.apply

    /// The plan applied: the saved one, or the one made and approved in this run.
    public var plan: Plan?
    public var report: ApplyReport
    /// The signal that stopped the apply (exit 130 or 143), if one did.
    public var interrupted: StopSignal?

    public init(plan: Plan?, report: ApplyReport, interrupted: StopSignal? = nil) {
        self.plan = plan
        self.report = report
        self.interrupted = interrupted
    }

    /// Nothing to apply: the account matches the files.
    public static func noChanges(_ plan: Plan) -> ApplyDocument {
        ApplyDocument(plan: plan, report: ApplyReport(outcomes: []))
    }

    private enum CodingKeys: String, CodingKey { case success, summary, line, assessments, plan, interrupted }

    struct Summary: Encodable {
        var created, updated, deactivated, questionChanges, failed, conflicted, interrupted: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.isSuccess && interrupted == nil, forKey: .success)
        try container.encode(Summary(
            created: report.created, updated: report.updated, deactivated: report.deactivated,
            questionChanges: report.questionChanges, failed: report.failures.count,
            conflicted: report.conflicts.count, interrupted: report.interrupted.count), forKey: .summary)
        try container.encode(report.outcomes.isEmpty ? plan?.summary.line ?? report.finalLine : report.finalLine, forKey: .line)
        try container.encode(report.outcomes, forKey: .assessments)
        try container.encode(plan, forKey: .plan)
        try container.encode(interrupted?.name, forKey: .interrupted)
    }
}

extension AssessmentOutcome: Encodable {
    private enum CodingKeys: String, CodingKey {
        case action, name, remoteId, result, stepsDone, stepsPlanned, questionChanges, recovered, failure, conflict, line
    }

    /// `done`, `failed`, `conflict`, `partial` (interrupted after some steps) or `not-started`.
    public var resultName: String {
        switch result {
        case .done: "done"
        case .failed: "failed"
        case .conflict: "conflict"
        case .interrupted: stepsDone > 0 ? "partial" : "not-started"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(action, forKey: .action)
        try container.encode(name, forKey: .name)
        try container.encode(remoteId, forKey: .remoteId)
        try container.encode(resultName, forKey: .result)
        try container.encode(stepsDone, forKey: .stepsDone)
        try container.encode(stepsPlanned, forKey: .stepsPlanned)
        try container.encode(questionChanges, forKey: .questionChanges)
        try container.encode(recovered, forKey: .recovered)
        try container.encodeIfPresent(failure, forKey: .failure)
        try container.encodeIfPresent(conflict, forKey: .conflict)
        try container.encode(progressLine, forKey: .line)
    }
}

extension ApplyFailure: Encodable {
    private enum CodingKeys: String, CodingKey { case summary, diagnostics }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summary, forKey: .summary)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}
