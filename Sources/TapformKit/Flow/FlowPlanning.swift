import TapformPlan
import TapformSpec
import TaptalentAPI

/// The flows' part of `plan`: made after the assessments', from one more read (`GET /assessment-flows`),
/// and only when the project has flow files.
enum FlowPlanning {
    /// How an assessment file of the project stands, for the flow steps that name it.
    enum FileAssessment: Sendable, Hashable {
        /// Matched to the remote assessment with this id.
        case existing(id: String)
        /// Created by the same apply (its id is known only then).
        case created
        /// Its plan is blocked: a step naming it cannot be planned.
        case blocked
    }

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
        return FlowPlanner.plan(input(specs.map(DesiredFlow.init), remote: remote, files: files(of: assessments),
                                      summaries: summaries, replace: request.replaceFlows))
    }

    /// The assessment files of a plan, by name.
    static func files(of plan: Plan) -> [String: FileAssessment] {
        var files: [String: FileAssessment] = [:]
        for entry in plan.assessments where entry.filePath != nil {
            switch entry.action {
            case .blocked: files[entry.name] = .blocked
            case .create: files[entry.name] = .created
            default: if let id = entry.remoteId { files[entry.name] = .existing(id: id) }
            }
        }
        return files
    }

    /// The assessment files of an identity resolution, by name (as `plan` sees them before it reads any
    /// assessment in full).
    static func files(of resolution: Resolution) -> [String: FileAssessment] {
        var files: [String: FileAssessment] = [:]
        for match in resolution.matched { files[match.desired.name] = .existing(id: match.remote.id) }
        for desired in resolution.toCreate { files[desired.name] = .created }
        for unresolved in resolution.unresolved { files[unresolved.desired.name] = .blocked }
        return files
    }

    static func input(
        _ desired: [DesiredFlow], remote: [RemoteFlow], files: [String: FileAssessment],
        summaries: [RemoteAssessmentSummary], replace: [String]
    ) -> FlowPlanner.Input {
        var refs: [String: FlowAssessmentRef] = [:]
        let byName = Dictionary(grouping: summaries) { TextNormalizer.normalize($0.name) }
        for (name, hits) in byName where hits.count == 1 { refs[name] = FlowAssessmentRef(name: name, id: hits[0].id) }
        var blocked: Set<String> = []
        for (name, file) in files {
            switch file {
            case .blocked: blocked.insert(name)
            case .created: refs[name] = FlowAssessmentRef(name: name, id: nil)
            case .existing(let id): refs[name] = FlowAssessmentRef(name: name, id: id)
            }
        }
        return FlowPlanner.Input(
            desired: desired, remote: remote, assessments: refs, blockedAssessments: blocked,
            accountAssessments: Dictionary(summaries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            replace: Set(replace), suggest: { Suggestion.closest(to: $0, in: $1) })
    }
}
