import TapformPlan

/// A plan and the remote objects it was made from.
public struct PlanResult: Sendable {
    public var plan: Plan
    /// The matched assessments as fetched (by id): `apply` starts from them and checks against them when
    /// an answer is lost.
    public var baseline: [String: RemoteAssessment]
    /// `--only` patterns that select no file (probably a typo), for a warning.
    public var unmatchedOnlyPatterns: [String]
    /// The files' side of what the plan was made from, for `plan --out`.
    public var desiredState: DesiredState

    public init(
        plan: Plan, baseline: [String: RemoteAssessment], unmatchedOnlyPatterns: [String] = [], desiredState: DesiredState
    ) {
        self.plan = plan
        self.baseline = baseline
        self.unmatchedOnlyPatterns = unmatchedOnlyPatterns
        self.desiredState = desiredState
    }
}
