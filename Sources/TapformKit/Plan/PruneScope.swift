import TaptalentContract
import TapformPlan
import TapformSpec

/// tapform.yaml's `manage:` scope: the remote assessments no file declares whose names fall in its globs
/// (and in `--only`/`--exclude`, so that targeting never reaches beyond what was asked). `--prune`
/// deactivates them; without it an active one is drift.
enum PruneScope {
    /// The ids in scope, each with the position of the first `manage:` glob that takes it in.
    static func scope(
        unmanaged: [RemoteAssessmentSummary], manage: [Located<String>], filter: AssessmentFilter
    ) -> [String: SourceLocation] {
        let globs = manage.map { (Glob($0.value), $0.location) }
        var scope: [String: SourceLocation] = [:]
        for summary in unmanaged {
            let name = TextNormalizer.normalize(summary.name)
            guard filter.selects(name: name), let glob = globs.first(where: { $0.0.matches(name) }) else { continue }
            scope[summary.id] = glob.1
        }
        return scope
    }

    /// The error of `--prune` without a `manage:` list.
    static let missingManage = TapformError(
        "--prune needs a `manage:` list in tapform.yaml naming the remote assessments this repository owns "
            + "(name globs, e.g. `manage: [\"Engineering — *\"]`); without it tapform never deactivates an "
            + "assessment that no file declares")
}
