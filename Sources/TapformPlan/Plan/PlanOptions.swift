/// What a plan may propose.
public struct PlanOptions: Sendable, Hashable {
    /// `--allow-destructive`: permits deactivation and question deletions on assessments with submissions.
    public var allowDestructive: Bool
    /// `--prune`: ids of remote assessments in the `manage:` scope that no file declares; each active one
    /// is deactivated. Empty without `--prune`.
    public var pruneIds: Set<String>

    public init(allowDestructive: Bool = false, pruneIds: Set<String> = []) {
        self.allowDestructive = allowDestructive
        self.pruneIds = pruneIds
    }
}
