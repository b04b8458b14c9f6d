import TapformPlan
import TaptalentAPI

/// `tapform apply`: makes the account match a plan.
public enum ApplyUseCase {
    /// Applies `plan` exactly: every assessment with steps, at most `options.parallelism` at once, each
    /// one's steps in order. A failed step stops its assessment; the others go on; the report lists
    /// every failure at `file:line:col`. With creates, the list is read before and after them, so that an
    /// assessment another run creates at the same time is never left twice (`CreationRace`).
    /// - Parameter baseline: the remote assessments the plan was made from (`PlanResult.baseline`, or what
    ///   the stale check read), used to check a lost answer against the exact list expected.
    /// - Throws: `TapformError` when the plan has errors (nothing is applied then).
    public static func apply(
        _ plan: Plan, baseline: [String: RemoteAssessment], client: TaptalentClient, options: ApplyOptions = ApplyOptions()
    ) async throws -> ApplyReport {
        if plan.hasErrors {
            let count = plan.allErrors.count
            throw TapformError("the plan has \(count) error\(count == 1 ? "" : "s"); nothing was applied. "
                + "Fix them and run plan again.")
        }
        let executor = AssessmentExecutor(client: client, interruption: options.interruption)
        let progress = options.progress
        // Another run may have created one of the plan's creates since the plan was made (CreationRace).
        let taken = try await CreationRace.takenSincePlanned(plan, client: client)
        let outcomes = try await BoundedConcurrency.map(plan.assessments.filter(\.hasChanges), limit: options.parallelism) { entry in
            let outcome: AssessmentOutcome
            if entry.action == .create, let existing = taken[entry.name] {
                outcome = AssessmentOutcome(notStarted: entry, .conflict(CreationRace.takenMessage(entry.name, existing: existing)))
            } else {
                outcome = await executor.run(entry, baseline: entry.remoteId.flatMap { baseline[$0] })
            }
            progress?(outcome.progressLine)
            return outcome
        }
        // And may have created one at the same time as this run: one copy stays, in every run's view.
        let settled = try await CreationRace.settle(outcomes, client: client)
        for (before, after) in zip(outcomes, settled) where before != after { progress?(after.progressLine) }
        let flows = try await FlowApplier.apply(plan.flows, after: settled, client: client, options: options)
        return ApplyReport(outcomes: settled, flowOutcomes: flows)
    }

    /// `apply PLANFILE`: refuses a plan made for another environment, from other files (see
    /// `SavedPlan.verifyFiles`), or a stale one (see `StaleCheck`); otherwise applies exactly that plan (no
    /// re-plan).
    /// - Parameters:
    ///   - files: the project as it is now.
    ///   - target: the environment connected to now.
    public static func applySaved(
        _ saved: SavedPlan, files: Project, to target: PlanTarget, client: TaptalentClient,
        options: ApplyOptions = ApplyOptions()
    ) async throws -> ApplyReport {
        guard saved.target.accepts(target) else {
            throw TapformError("the plan was made for \(saved.target), not for \(target); "
                + "run plan against \(target.environment) and apply that plan")
        }
        try saved.verifyFiles(files)
        if saved.plan.hasErrors {
            return try await apply(saved.plan, baseline: [:], client: client, options: options)
        }
        guard saved.plan.hasChanges else { return ApplyReport(outcomes: []) }
        let baseline = try await StaleCheck.verify(saved.plan, client: client, parallelism: options.parallelism)
        try await FlowStaleCheck.verify(saved.plan.flows, client: client)
        return try await apply(saved.plan, baseline: baseline, client: client, options: options)
    }
}
