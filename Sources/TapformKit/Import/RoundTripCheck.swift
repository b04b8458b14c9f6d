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

extension RoundTripCheck {
    /// The path a flow file is checked at: in the default flows folder, where the spec loader reads it as a flow.
    static func flowPath(_ file: String) -> String {
        ProjectConfig.default.paths.flows + "/" + (file.split(separator: "/").last.map(String.init) ?? file)
    }

    /// nil when a flow file's text loads without an error and plans clean against `flow` (same identity,
    /// no change), given the project's assessment files as `plan` will see them; otherwise why not.
    static func problem(
        flowText text: String, file: String, flow: RemoteFlow, remote: [RemoteFlow],
        files: [String: FlowPlanning.FileAssessment], summaries: [RemoteAssessmentSummary]
    ) -> String? {
        let path = flowPath(file)
        let loaded = SpecLoader.loadProject(files: [path: text], paths: [path])
        if let first = loaded.diagnostics.first(where: \.isError) {
            return "the file would not validate: \(first.file):\(first.line):\(first.column): \(first.message)"
        }
        guard let spec = loaded.flows.first else { return "the file would not load" }
        let input = FlowPlanning.input([DesiredFlow(spec)], remote: remote, files: files, summaries: summaries, replace: [])
        guard let entry = FlowPlanner.plan(input).first else { return "the file would not plan" }
        if let error = entry.errors.first { return "the file would not plan: \(error.message)" }
        guard entry.remoteId == flow.id else {
            return "the file would match flow \(entry.remoteId ?? "none") instead of \(flow.id)"
        }
        guard entry.action == .noChange else {
            let fields = entry.fieldDiffs.map(\.field)
            let steps = entry.stepChanges.count
            var parts: [String] = []
            if !fields.isEmpty { parts.append("fields \(fields.joined(separator: ", "))") }
            if steps > 0 { parts.append("\(steps) step change\(steps == 1 ? "" : "s")") }
            return "the file would not plan clean (\(parts.joined(separator: "; ")))"
        }
        return nil
    }
}
