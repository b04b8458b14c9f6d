import TapformPlan

/// `plan`'s exit code: 0 success without changes (or with changes when not asked to tell), 1 an error
/// (a blocked plan, or drift under `--expect-no-changes`), 2 changes present under `--detailed-exitcode`.
public struct PlanExitStatus: Sendable, Hashable {
    public var code: Int32
    /// What to print on standard error, when the code is 1. Nil for a blocked plan: every format's
    /// rendering already ends by saying what is blocked (`Plan.blockedLine`).
    public var message: String?

    public static func of(_ plan: Plan, detailedExitCode: Bool, expectNoChanges: Bool) -> PlanExitStatus {
        if plan.hasErrors { return PlanExitStatus(code: 1, message: nil) }
        if expectNoChanges && (plan.hasChanges || !plan.drift.isEmpty) {
            var message = "drift: the account no longer matches the files. " + plan.summary.line
            if plan.hasChanges { message += " Run `tapform apply` to restore it, or update the files." }
            let drift = plan.drift
            if !drift.isEmpty {
                let listed = drift.prefix(5).map { "\"\($0.name)\" (\($0.id))" }.joined(separator: ", ")
                message += " Appeared in the manage: scope: \(listed)" + (drift.count > 5 ? " and \(drift.count - 5) more" : "")
                    + "; `tapform import` writes their files, `tapform apply --prune` deactivates them."
            }
            return PlanExitStatus(code: 1, message: message)
        }
        if detailedExitCode && plan.hasChanges { return PlanExitStatus(code: 2, message: nil) }
        return PlanExitStatus(code: 0, message: nil)
    }
}
