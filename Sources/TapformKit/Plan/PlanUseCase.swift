import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform plan`: what `apply` would change, from reads only.
public enum PlanUseCase {
    /// Validates the files, lists the account, resolves identity, fetches the matched assessments and plans.
    ///
    /// Requests: every page of the list at `perPage=100`, then one GET per matched (and selected)
    /// assessment, at most `request.parallelism` at once; all through a read-only copy of `client`, so
    /// nothing that writes can be sent.
    /// - Throws: `TapformError` when a file does not validate or `--prune` has no `manage:` scope;
    ///   `TaptalentError` when a read fails.
    public static func run(project: Project, client: TaptalentClient, request: PlanRequest) async throws -> PlanResult {
        try project.requireValid()
        let config = project.config
        if request.prune && config.manage == nil { throw PruneScope.missingManage }

        let specs = project.spec.assessments
        let selectedFiles = Set(project.assessments(request.filter).map(\.file))
        let reader = PlanReader(client: client.readOnlyCopy())

        let summaries = try await reader.summaries()
        let everyFile = IdentityResolver.resolve(desired: specs.map(DesiredAssessment.init), remote: summaries)
        let resolution = TargetSelection.restrict(everyFile, toFiles: selectedFiles)
        let pruneIds = request.prune
            ? PruneScope.ids(unmanaged: resolution.unmanaged, manage: config.manage ?? [], filter: request.filter)
            : []
        let fetched = try await reader.fetch(ids: resolution.idsToFetch, parallelism: request.parallelism)
        var plan = Planner.plan(
            resolution, fetched: fetched,
            options: PlanOptions(allowDestructive: request.allowDestructive, pruneIds: pruneIds))
        plan.flows = try await FlowPlanning.plan(
            project: project, assessments: plan, summaries: summaries, client: reader.client, request: request)
        plan.summary = PlanSummary(assessments: plan.assessments, flows: plan.flows)
        return PlanResult(
            plan: plan, baseline: fetched,
            unmatchedOnlyPatterns: request.filter.unmatchedOnlyPatterns(in: specs.map(\.name.value)),
            desiredState: DesiredState(project: project, request: request))
    }
}
