import TapformSpec
import TaptalentAPI

/// What `plan` (and `apply` without a saved plan) is asked to do.
public struct PlanRequest: Sendable {
    /// `--only` / `--exclude`.
    public var filter: AssessmentFilter
    /// `--prune`: deactivate remote assessments in tapform.yaml's `manage:` scope that no file declares.
    public var prune: Bool
    /// `--allow-destructive`.
    public var allowDestructive: Bool
    /// `--parallelism`: assessments fetched at once (the client's concurrency limit admits their requests).
    public var parallelism: Int
    /// `--replace NAME`: flows whose step changes the API refuses are replaced (a new flow; the old one
    /// deactivated and renamed) instead of blocking the plan.
    public var replaceFlows: [String]

    public static let defaultParallelism = ConcurrencyLimit.defaultMaximum

    public init(
        filter: AssessmentFilter = AssessmentFilter(), prune: Bool = false, allowDestructive: Bool = false,
        parallelism: Int = defaultParallelism, replaceFlows: [String] = []
    ) {
        self.replaceFlows = replaceFlows
        self.filter = filter
        self.prune = prune
        self.allowDestructive = allowDestructive
        self.parallelism = max(1, parallelism)
    }
}
