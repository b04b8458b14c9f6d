import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform plan`: what `apply` would change, from reads only.
public enum PlanUseCase {
    /// Validates the files, lists the account, resolves identity, fetches the matched assessments and plans.
    ///
    /// Requests: every page of the list at `perPage=100`, then one GET per matched (and selected)
    /// assessment and, when the plan creates an assessment with questions, of each active unmanaged one in
    /// the `manage:` scope (at most `RenameHint.fetchLimit`, to see whether it was renamed), at most
    /// `request.parallelism` at once, then, only when the plan would send a `job`
    /// (a create with one, or a changed one), every page of the jobs list; all through a read-only copy of
    /// `client`, so nothing that writes can be sent.
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
        let manageScope = PruneScope.scope(unmanaged: resolution.unmanaged, manage: config.manage ?? [], filter: request.filter)
        let renameCandidates = RenameHint.idsToFetch(
            creates: resolution.toCreate, unmanaged: resolution.unmanaged, manageScope: Set(manageScope.keys))
        let read = try await reader.fetch(ids: resolution.idsToFetch + renameCandidates, parallelism: request.parallelism)
        let fetched = read.filter { !renameCandidates.contains($0.key) }
        var plan = Planner.plan(
            resolution, fetched: fetched,
            options: PlanOptions(
                allowDestructive: request.allowDestructive, pruneIds: request.prune ? Set(manageScope.keys) : [],
                manageScope: manageScope),
            unmanagedRead: read.filter { renameCandidates.contains($0.key) })
        if !JobReferenceCheck.ids(in: plan).isEmpty {
            do {
                plan = JobReferenceCheck.check(plan, jobs: try await reader.jobs())
            } catch let error as TaptalentError {
                // The plan stands without the check (a key may lack the right to list jobs); apply would
                // still be refused by the API for a wrong job.
                plan.warnings.append(Diagnostic(.warning, "the jobs could not be read to check `job:` references: \(error)"))
            }
        }
        plan.flows = try await FlowPlanning.plan(
            project: project, assessments: plan, summaries: summaries, client: reader.client, request: request)
        plan.summary = PlanSummary(assessments: plan.assessments, unmanaged: plan.unmanaged, flows: plan.flows)
        return PlanResult(
            plan: plan, baseline: fetched,
            unmatchedOnlyPatterns: request.filter.unmatchedOnlyPatterns(
                in: specs.map(\.name.value) + project.spec.flows.map(\.name.value)),
            desiredState: DesiredState(project: project, request: request))
    }
}
