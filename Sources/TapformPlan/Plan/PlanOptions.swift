import TaptalentContract

/// What a plan may propose.
public struct PlanOptions: Sendable, Hashable {
    /// `--allow-destructive`: permits deactivation and question deletions on assessments with submissions.
    public var allowDestructive: Bool
    /// `--prune`: ids of remote assessments in the `manage:` scope that no file declares; each active one
    /// is deactivated. Empty without `--prune`.
    public var pruneIds: Set<String>
    /// The remote assessments no file declares whose names fall in tapform.yaml's `manage:` scope (and in
    /// `--only`/`--exclude`), by id, each with the `manage:` pattern that takes it in. An active one is
    /// drift: it appeared in the scope this repository owns. Empty without a `manage:` list.
    public var manageScope: [String: SourceLocation]

    public init(allowDestructive: Bool = false, pruneIds: Set<String> = [], manageScope: [String: SourceLocation] = [:]) {
        self.allowDestructive = allowDestructive
        self.pruneIds = pruneIds
        self.manageScope = manageScope
    }
}
