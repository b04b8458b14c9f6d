import TapformPlan
import TapformSpec

/// Proves, before a file is written, that `import`'s text loads without a diagnostic and plans clean
/// against the remote assessment it came from (same identity, no change).
enum RoundTripCheck {
    /// nil when the file round-trips; otherwise why not, in one sentence.
    static func problem(
        text: String, file: String, remote: RemoteAssessment, summaries: [RemoteAssessmentSummary]
    ) -> String? {
        let loaded = SpecLoader.loadProject(files: [file: text], paths: [file])
        if let first = loaded.diagnostics.first(where: \.isError) {
            return "the file would not validate: \(first.file):\(first.line):\(first.column): \(first.message)"
        }
        guard let spec = loaded.assessments.first else { return "the file would not load" }
        let resolution = IdentityResolver.resolve(desired: [DesiredAssessment(spec)], remote: summaries)
        guard let matched = resolution.matched.first else {
            let reason = resolution.errors.first?.message ?? "no remote assessment matches it"
            return "the file would not find its assessment again: \(reason)"
        }
        guard matched.remote.id == remote.id else {
            return "the file would match assessment \(matched.remote.id) instead of \(remote.id)"
        }
        let plan = Planner.plan(resolution, fetched: [remote.id: remote])
        guard let entry = plan.assessments.first, !entry.hasChanges, entry.errors.isEmpty else {
            let entry = plan.assessments.first
            let fields = entry?.fieldDiffs.map(\.field) ?? []
            let questions = entry?.questionChanges.count ?? 0
            let errors = entry?.errors.map(\.message) ?? []
            var parts: [String] = []
            if !fields.isEmpty { parts.append("fields \(fields.joined(separator: ", "))") }
            if questions > 0 { parts.append("\(questions) question change\(questions == 1 ? "" : "s")") }
            parts += errors
            return "the file would not plan clean (\(parts.joined(separator: "; ")))"
        }
        return nil
    }
}
