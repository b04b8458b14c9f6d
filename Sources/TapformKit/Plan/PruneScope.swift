import TapformPlan
import TapformSpec

/// `--prune`: the remote assessments no file declares whose names fall in tapform.yaml's `manage:` globs
/// (and in `--only`/`--exclude`, so that targeting never reaches beyond what was asked).
enum PruneScope {
    static func ids(
        unmanaged: [RemoteAssessmentSummary], manage: [Located<String>], filter: AssessmentFilter
    ) -> Set<String> {
        let globs = manage.map { Glob($0.value) }
        return Set(unmanaged.filter { summary in
            let name = TextNormalizer.normalize(summary.name)
            return globs.contains { $0.matches(name) } && filter.selects(name: name)
        }.map(\.id))
    }

    /// The error of `--prune` without a `manage:` list.
    static let missingManage = TapformError(
        "--prune needs a `manage:` list in tapform.yaml naming the remote assessments this repository owns "
            + "(name globs, e.g. `manage: [\"Engineering — *\"]`); without it tapform never deactivates an "
            + "assessment that no file declares")
}
