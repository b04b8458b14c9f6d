/// The counts of a plan. Each assessment counts once, under its action; `questionChanges` counts the
/// question changes (`+ - ~ ↕`) of existing assessments (a created assessment's questions are part of
/// its create).
public struct PlanSummary: Codable, Sendable, Hashable {
    public var toCreate: Int
    public var toUpdate: Int
    public var toDeactivate: Int
    public var questionChanges: Int
    public var blocked: Int
    public var unchanged: Int

    public init(assessments: [AssessmentPlan]) {
        func count(_ action: PlanAction) -> Int { assessments.count { $0.action == action } }
        toCreate = count(.create)
        toUpdate = count(.update)
        toDeactivate = count(.deactivate)
        blocked = count(.blocked)
        unchanged = count(.noChange)
        questionChanges = assessments.filter { $0.action == .update || $0.action == .deactivate }
            .reduce(0) { $0 + $1.questionChanges.count }
    }

    /// True when anything would be applied.
    public var hasChanges: Bool { toCreate + toUpdate + toDeactivate > 0 }

    /// `Plan: 2 to create, 3 to update, 0 to deactivate; 14 question changes.` or
    /// `No changes. The account matches the files.`
    public var line: String {
        guard hasChanges else { return "No changes. The account matches the files." }
        let questions = questionChanges == 1 ? "1 question change" : "\(questionChanges) question changes"
        return "Plan: \(toCreate) to create, \(toUpdate) to update, \(toDeactivate) to deactivate; \(questions)."
    }
}
