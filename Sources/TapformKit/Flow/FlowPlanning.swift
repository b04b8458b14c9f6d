import TapformPlan
import TapformSpec
import TaptalentAPI

/// The flows' part of `plan`: made after the assessments', from one more read (`GET /assessment-flows`),
/// and only when the project has flow files.
enum FlowPlanning {
    /// - Parameters:
    ///   - assessments: the assessments' plan (its creates are the names a step may name before they exist).
    ///   - summaries: the account's assessments, for steps naming one no file declares.
    static func plan(
        project: Project, assessments: Plan, summaries: [RemoteAssessmentSummary], client: TaptalentClient,
        request: PlanRequest
    ) async throws -> [FlowPlan] {
        let specs = project.spec.flows.filter { request.filter.selects(name: $0.name.value) }
        guard !specs.isEmpty else { return [] }
        let remote = try await client.allFlows().map(RemoteFlow.init)
        return FlowPlanner.plan(input(specs.map(DesiredFlow.init), remote: remote, assessments: assessments,
                                      summaries: summaries, replace: request.replaceFlows))
    }

    static func input(
        _ desired: [DesiredFlow], remote: [RemoteFlow], assessments: Plan, summaries: [RemoteAssessmentSummary],
        replace: [String]
    ) -> FlowPlanner.Input {
        var refs: [String: FlowAssessmentRef] = [:]
        let byName = Dictionary(grouping: summaries) { TextNormalizer.normalize($0.name) }
        for (name, hits) in byName where hits.count == 1 { refs[name] = FlowAssessmentRef(name: name, id: hits[0].id) }
        var blocked: Set<String> = []
        for entry in assessments.assessments where entry.filePath != nil {
            switch entry.action {
            case .blocked: blocked.insert(entry.name)
            case .create: refs[entry.name] = FlowAssessmentRef(name: entry.name, id: nil)
            default: if let id = entry.remoteId { refs[entry.name] = FlowAssessmentRef(name: entry.name, id: id) }
            }
        }
        return FlowPlanner.Input(
            desired: desired, remote: remote, assessments: refs, blockedAssessments: blocked, replace: Set(replace),
            suggest: { Suggestion.closest(to: $0, in: $1) })
    }
}
