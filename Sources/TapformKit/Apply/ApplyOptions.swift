/// How `apply` runs.
public struct ApplyOptions: Sendable {
    /// `--parallelism`: assessments changed at once (one assessment's steps always run in order).
    public var parallelism: Int
    /// Receives one progress line per assessment as it finishes.
    public var progress: (@Sendable (String) -> Void)?
    /// Checked before each step: once a stop is requested, no step starts (the one running finishes).
    public var interruption: RunInterruption?

    public init(
        parallelism: Int = PlanRequest.defaultParallelism, progress: (@Sendable (String) -> Void)? = nil,
        interruption: RunInterruption? = nil
    ) {
        self.parallelism = max(1, parallelism)
        self.progress = progress
        self.interruption = interruption
    }
}
