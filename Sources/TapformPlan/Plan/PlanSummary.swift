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

    public init(assessments: [AssessmentPlan], unmanaged: [UnmanagedAssessment] = []) {
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
        case toCreate, toUpdate, toDeactivate, questionChanges, blocked, unchanged, drift
    }

    /// Plans saved before `drift` existed read it as 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        toCreate = try container.decode(Int.self, forKey: .toCreate)
        toUpdate = try container.decode(Int.self, forKey: .toUpdate)
        toDeactivate = try container.decode(Int.self, forKey: .toDeactivate)
        questionChanges = try container.decode(Int.self, forKey: .questionChanges)
        blocked = try container.decode(Int.self, forKey: .blocked)
        unchanged = try container.decode(Int.self, forKey: .unchanged)
        drift = try container.decodeIfPresent(Int.self, forKey: .drift) ?? 0
    }

    /// True when anything would be applied.
    public var hasChanges: Bool { toCreate + toUpdate + toDeactivate > 0 }

    /// `Plan: 2 to create, 3 to update, 0 to deactivate; 14 question changes.` or
    /// `No changes. The account matches the files.`; with drift, what is not in the files is said instead.
    public var line: String {
        let undeclared = drift == 1 ? "1 active remote assessment in the manage: scope is in no file"
            : "\(drift) active remote assessments in the manage: scope are in no file"
        guard hasChanges else {
            return drift == 0 ? "No changes. The account matches the files." : "No changes to apply, but \(undeclared)."
        }
        let questions = questionChanges == 1 ? "1 question change" : "\(questionChanges) question changes"
        return "Plan: \(toCreate) to create, \(toUpdate) to update, \(toDeactivate) to deactivate; \(questions)."
            + (drift == 0 ? "" : " And \(undeclared).")
    }
}
