import ArgumentParser
import Foundation
import TapformKit
import TapformPlan

/// `tapform apply`: make the account match the files (or a saved plan).
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the account match the files, or apply a plan saved with `plan --out`.",
        discussion: """
            Without PLANFILE: plans, shows the plan and asks "Apply? [y/N]" (--auto-approve when there is no \
            terminal). With PLANFILE: refuses a file changed since `plan --out` wrote it, files that no \
            longer resolve to what the plan was made from, and a plan whose remote objects changed ("plan is \
            stale"); otherwise applies exactly that plan. Exit 1 when anything failed; run apply again to finish.

            Ctrl-C (SIGINT) or SIGTERM while applying: no new step starts, the steps running finish, the \
            report says which assessments are done, partial or not started, and the exit status is 130 \
            (143). A second signal stops at once. Run apply again to finish.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions
    @OptionGroup var targeting: TargetingOptions

    @Argument(help: "A plan saved with `tapform plan --out FILE`.")
    var planFile: String?

    @Flag(help: "Apply without asking.")
    var autoApprove = false

    @Option(help: "human or json (the report on standard output; the plan and progress on standard error).")
    var format: ReportFormat = .human

    @Flag(help: "Allow deactivation and question deletions on assessments with submissions.")
    var allowDestructive = false

    @OptionGroup var concurrency: ParallelismOptions

    @Flag(help: "Deactivate remote assessments in tapform.yaml's manage: scope that no file declares.")
    var prune = false

    @Option(help: ArgumentHelp(
        "Replace this flow when its steps change in a way the API refuses (reordered, changed or removed): deactivate "
            + "and rename the old flow, then create the new one. Repeatable.", valueName: "FLOW"))
    var replace: [String] = []

    @Option(help: ArgumentHelp(
        "How long to wait while another apply to the same environment runs on this machine (0: fail at once).",
        valueName: "90s|5m|0"))
    var lockTimeout: String = "\(EnvironmentLock.defaultTimeout.components.seconds)s"

    func validate() throws {
        guard EnvironmentLock.timeout(parsing: lockTimeout) != nil else {
            throw ValidationError("--lock-timeout \(lockTimeout) is not a duration; give seconds (90, 90s), minutes (5m) "
                + "or hours (1h), at most 24h, or 0 to fail at once when another apply holds the lock")
        }
        if planFile != nil && (prune || !replace.isEmpty || !targeting.only.isEmpty || !targeting.exclude.isEmpty) {
            throw ValidationError("--only, --exclude, --replace and --prune choose what to plan; a saved plan is applied as "
                + "it is. Give them to `tapform plan --out FILE` instead.")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            // A saved plan is read and its integrity checked before anything connects.
            let saved = try planFile.map { try SavedPlan.read(from: project.file($0)) }
            let interruption = RunInterruption()
            let options = ApplyOptions(parallelism: concurrency.parallelism, progress: { Console.human($0) }, interruption: interruption)
            let request = environment.request(readOnly: false, concurrency: concurrency.limit)
            // One apply per environment at a time on this machine, from before the plan to the report.
            let lock = EnvironmentLock.of(request, config: loaded.config, root: project.root)
            let applied: Applied = try await EnvironmentLock.holding(
                lock.file, environment: lock.environment, timeout: EnvironmentLock.timeout(parsing: lockTimeout) ?? .zero,
                waiting: { Console.error($0) }
            ) {
                try await ConnectionResolver.using(request, config: loaded.config, root: project.root) { connection in
                    if let saved {
                        Self.trapSignals(interruption)
                        return Applied(plan: saved.plan, report: try await ApplyUseCase.applySaved(
                            saved, files: loaded, to: PlanTarget(connection), client: connection.client, options: options))
                    }
                    return try await planAndApply(loaded, connection: connection, options: options)
                }
            }
            if format == .json {
                JSONOutput.emit(applied.report.map { ApplyDocument(plan: applied.plan, report: $0, interrupted: interruption.signal) }
                    ?? ApplyDocument.noChanges(applied.plan))
            }
            guard let report = applied.report else { return }
            Console.human(report.text)
            if let code = interruption.exitCode { throw code }
            if !report.isSuccess { throw ExitCode.failure }
        }
    }

    /// The plan applied and the report; no report when there was nothing to do.
    private struct Applied {
        var plan: Plan
        var report: ApplyReport?
    }

    /// Plans, shows the plan, asks, applies.
    private func planAndApply(_ loaded: Project, connection: Connection, options: ApplyOptions) async throws -> Applied {
        let request = PlanRequest(
            filter: targeting.filter, prune: prune, allowDestructive: allowDestructive,
            parallelism: concurrency.parallelism, replaceFlows: replace)
        let result = try await PlanUseCase.run(project: loaded, client: connection.client, request: request)
        for pattern in result.unmatchedOnlyPatterns {
            Console.error("warning: --only \(pattern) matches no assessment or flow")
        }
        Console.human(HumanPlanRenderer.render(result.plan, color: Console.useColor && format == .human, width: Console.width))
        // The plan above ends by saying what is blocked and that nothing can be applied.
        if result.plan.hasErrors { throw ExitCode.failure }
        guard result.plan.hasChanges else { return Applied(plan: result.plan, report: nil) }
        switch ConfirmationDecision.forApply(autoApprove: autoApprove, interactive: Console.stdinIsTerminal) {
        case .proceed:
            break
        case .refuse(let message):
            throw TapformError(message)
        case .ask(let question):
            guard ConfirmationDecision.isYes(Console.ask(question)) else {
                throw TapformError("apply cancelled; nothing was changed")
            }
        }
        if let interruption = options.interruption { Self.trapSignals(interruption) }
        return Applied(plan: result.plan, report: try await ApplyUseCase.apply(
            result.plan, baseline: result.baseline, client: connection.client, options: options))
    }

    /// From here on, SIGINT and SIGTERM stop the apply between steps.
    private static func trapSignals(_ interruption: RunInterruption) {
        SignalTrap.install(interruption, stopping: "No new step starts; the steps running finish")
    }
}
