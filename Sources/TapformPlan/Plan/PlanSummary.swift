/// The counts of a plan. Each assessment counts once, under its action; `questionChanges` counts the
/// question changes (`+ - ~ ↕`) of existing assessments (a created assessment's questions are part of
/// its create). `drift` counts the active remote assessments in the `manage:` scope that no file declares
/// (nothing to apply for them unless `--prune`, but the account no longer matches the files).
public struct PlanSummary: Codable, Sendable, Hashable {
    public var toCreate: Int
    public var toUpdate: Int
    public var toDeactivate: Int
    public var questionChanges: Int
    public var blocked: Int
    public var unchanged: Int
    public var drift: Int
    /// Flows to create, update (or deactivate), and blocked; written only when the plan has flows.
    public var flowsToCreate: Int = 0
    public var flowsToUpdate: Int = 0
    public var flowsBlocked: Int = 0

    public init(assessments: [AssessmentPlan], unmanaged: [UnmanagedAssessment] = [], flows: [FlowPlan] = []) {
        flowsToCreate = flows.count { $0.action == .create }
        flowsToUpdate = flows.count { $0.action == .update || $0.action == .deactivate }
        flowsBlocked = flows.count { $0.action == .blocked }
        func count(_ action: PlanAction) -> Int { assessments.count { $0.action == action } }
        toCreate = count(.create)
        toUpdate = count(.update)
        toDeactivate = count(.deactivate)
        blocked = count(.blocked)
        unchanged = count(.noChange)
        questionChanges = assessments.filter { $0.action == .update || $0.action == .deactivate }
            .reduce(0) { $0 + $1.questionChanges.count }
        drift = unmanaged.count(where: \.isDrift)
    }

    private enum CodingKeys: String, CodingKey {
        case toCreate, toUpdate, toDeactivate, questionChanges, blocked, unchanged, drift, flowsToCreate, flowsToUpdate, flowsBlocked
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        toCreate = try container.decode(Int.self, forKey: .toCreate)
        toUpdate = try container.decode(Int.self, forKey: .toUpdate)
        toDeactivate = try container.decode(Int.self, forKey: .toDeactivate)
        questionChanges = try container.decode(Int.self, forKey: .questionChanges)
        blocked = try container.decode(Int.self, forKey: .blocked)
        unchanged = try container.decode(Int.self, forKey: .unchanged)
        drift = try container.decode(Int.self, forKey: .drift)
        flowsToCreate = try container.decodeIfPresent(Int.self, forKey: .flowsToCreate) ?? 0
        flowsToUpdate = try container.decodeIfPresent(Int.self, forKey: .flowsToUpdate) ?? 0
        flowsBlocked = try container.decodeIfPresent(Int.self, forKey: .flowsBlocked) ?? 0
    }

    /// The flow counts are written only when the plan has flows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(toCreate, forKey: .toCreate)
        try container.encode(toUpdate, forKey: .toUpdate)
        try container.encode(toDeactivate, forKey: .toDeactivate)
        try container.encode(questionChanges, forKey: .questionChanges)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(drift, forKey: .drift)
        if flowsToCreate + flowsToUpdate + flowsBlocked > 0 {
            try container.encode(flowsToCreate, forKey: .flowsToCreate)
            try container.encode(flowsToUpdate, forKey: .flowsToUpdate)
            try container.encode(flowsBlocked, forKey: .flowsBlocked)
        }
    }

    /// True when anything would be applied.
    public var hasChanges: Bool { toCreate + toUpdate + toDeactivate + flowsToCreate + flowsToUpdate > 0 }

    /// `Plan: 2 to create, 3 to update, 0 to deactivate; 14 question changes.` or
    /// `No changes. The account matches the files.`; with drift, what is not in the files is said instead.
    public var line: String {
        let undeclared = drift == 1 ? "1 active remote assessment in the manage: scope is in no file"
            : "\(drift) active remote assessments in the manage: scope are in no file"
        guard hasChanges else {
            return drift == 0 ? "No changes. The account matches the files." : "No changes to apply, but \(undeclared)."
        }
        let questions = questionChanges == 1 ? "1 question change" : "\(questionChanges) question changes"
        let flows = flowsToCreate + flowsToUpdate == 0 ? ""
            : "; flows: \(flowsToCreate) to create, \(flowsToUpdate) to update"
        return "Plan: \(toCreate) to create, \(toUpdate) to update, \(toDeactivate) to deactivate; \(questions)\(flows)."
            + (drift == 0 ? "" : " And \(undeclared).")
    }
}
