/// How `apply` runs.
public struct ApplyOptions: Sendable {
    /// `--parallelism`: assessments changed at once (one assessment's steps always run in order).
    public var parallelism: Int
    /// Receives one progress line per assessment as it finishes.
    public var progress: (@Sendable (String) -> Void)?

    public init(parallelism: Int = PlanRequest.defaultParallelism, progress: (@Sendable (String) -> Void)? = nil) {
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }
}
