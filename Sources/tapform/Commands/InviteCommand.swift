import ArgumentParser
import Foundation
import TapformInvite
import TapformKit

struct InviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Invite the candidates of a CSV file to an assessment, each address at most once.",
        discussion: """
            NAME is the assessment's name as in its file (found in the account like plan does: pinned id, \
            name, renamedFrom), or the exact name of an assessment in the account; --id ID names it by id. \
            It must be active. --flow NAME assigns each row to a flow instead (the assignment sends the \
            first step's invite), with the same guarantees; its ledger is .tapform/invites/flow-<flow-id>.jsonl. \
            Every row is checked before anything is sent: bad rows are reported with \
            their line and skipped, repeated emails (ignoring case) are sent once.

            Each invite is recorded, flushed to disk, in a ledger (.tapform/invites/<assessment-id>.jsonl; \
            --ledger to move it): a re-run, after a crash or in CI, skips every address it holds. An invite \
            with no known outcome (a timeout, a dropped connection, a server error) is never re-sent: it is \
            reported as "unknown outcome" (and written to --failed-out). --resend-unknown settles them: it \
            sends them again and Taptalent answers "already invited" for those that had arrived. That is safe \
            only where Taptalent de-duplicates repeated invites: it needs `tapform doctor --write` to have \
            confirmed that for the environment, or --trust-deduplication. Where it is not safe, check them \
            in Taptalent and record what you found with --mark-sent EMAIL or --mark-not-sent EMAIL (no \
            --csv; nothing is sent). Keep the ledger between CI runs (cache or commit .tapform/invites/).

            Ctrl-C (SIGINT) or SIGTERM while sending: no new invite starts, those in flight finish and are \
            recorded (any still running after \(InviteOptions.defaultInterruptGrace.components.seconds) s are cut \
            off and recorded as unknown), the summary prints, \
            and the exit status is 130 (143). A second signal stops at once; a re-run continues.

            Without a terminal, more than 5 invites need --yes; on a terminal you are asked. Emails are \
            masked when CI is set. Relative paths are relative to the project folder (-C).

            Exit status: 0 when every valid row was sent (or was already), 1 when any row was invalid, \
            failed or has an unknown outcome, or the run stopped early; 130 or 143 after SIGINT or SIGTERM.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions

    @OptionGroup var assessment: AssessmentReferenceOptions

    @Option(help: "The candidates' CSV file (a column named like Email; optional first/last or full name).")
    var csv: String?

    @Flag(help: "List what would be sent; send nothing.")
    var dryRun = false

    @Option(help: "human or json (one document on standard output; the rest on standard error).")
    var format: ReportFormat = .human

    @OptionGroup var concurrency: ParallelismOptions

    @Option(help: "The ledger file (default: .tapform/invites/<assessment-id>.jsonl; with --flow, flow-<flow-id>.jsonl).")
    var ledger: String?

    @Option(help: "Write the failed and invalid rows here, as CSV with a reason column, to fix and retry.")
    var failedOut: String?

    @Flag(help: "Send without asking (needed without a terminal for more than 5 invites).")
    var yes = false

    @Flag(help: "Send again the addresses an earlier run left with an unknown outcome (needs de-duplication confirmed by `tapform doctor --write`, or --trust-deduplication).")
    var resendUnknown = false

    @Flag(help: "With --resend-unknown: rely on Taptalent's de-duplication of repeated invites without a doctor check.")
    var trustDeduplication = false

    @Option(name: .customLong("mark-sent"), help: ArgumentHelp(
        "Record that the invite to EMAIL (unknown outcome) did arrive, so it is never sent again. Sends nothing; no --csv.",
        valueName: "EMAIL"))
    var markSent: [String] = []

    @Option(name: .customLong("mark-not-sent"), help: ArgumentHelp(
        "Record that the invite to EMAIL (unknown outcome) did not arrive, so the next run sends it. Sends nothing; no --csv.",
        valueName: "EMAIL"))
    var markNotSent: [String] = []

    private var marks: [(email: String, as: ManualSettlement)] {
        markSent.map { ($0, .arrived) } + markNotSent.map { ($0, .notArrived) }
    }

    func validate() throws {
        if trustDeduplication && !resendUnknown {
            throw ValidationError("--trust-deduplication goes with --resend-unknown")
        }
        if marks.isEmpty {
            guard csv != nil else { throw ValidationError("give the candidates' file with --csv FILE") }
        } else {
            guard csv == nil, !dryRun, !resendUnknown, failedOut == nil else {
                throw ValidationError("--mark-sent and --mark-not-sent only record what you found in Taptalent; "
                    + "give them without --csv, --dry-run, --resend-unknown or --failed-out")
            }
            let lowered = marks.map { $0.email.lowercased() }
            if Set(lowered).count != lowered.count {
                throw ValidationError("an address is given twice to --mark-sent or --mark-not-sent")
            }
        }
    }

    func run() async throws {
        let interruption = RunInterruption()
        let needsAttention = try await reportingErrors { () async throws -> Bool in
            let loaded = project.load()
            return try await ConnectionResolver.using(
                environment.request(readOnly: dryRun || !marks.isEmpty, concurrency: concurrency.limit), config: loaded.config, root: loaded.root
            ) { connection in
                try await invite(loaded, connection, interruption: interruption)
            }
        }
        if let code = interruption.exitCode { throw code }
        if needsAttention { throw ExitCode.failure }
    }

    private func invite(_ loaded: Project, _ connection: Connection, interruption: RunInterruption) async throws -> Bool {
        let target = try await AssessmentResolver.locate(
            assessment.reference, project: loaded, client: connection.client, environment: connection.environmentName)
        let masker = EmailMasker(environment: Console.environment)
        let useCase = InviteUseCase(client: connection.client, environmentName: connection.environmentName)
        guard let csv else {
            let lines = try await useCase.settle(marks, target: target, ledger: ledger.map(project.file), root: loaded.root, masker: masker)
            if format == .json {
                var document = InviteDocument(
                    mode: .settle, assessment: target, environment: connection.environmentName, masker: masker,
                    ledger: ledger, needsAttention: false)
                document.settled = lines
                JSONOutput.emit(document)
            }
            Console.human(lines.joined(separator: "\n"))
            return false
        }
        let options = InviteOptions(
            csv: project.file(csv), dryRun: dryRun, parallelism: concurrency.parallelism,
            ledger: ledger.map(project.file), failedOut: failedOut.map(project.file),
            masker: masker, resendUnknown: resendUnknown, trustDeduplication: trustDeduplication,
            interruption: interruption)
        let prepared = try await useCase.prepare(target: target, options: options, root: loaded.root)
        do {
            let result = try await proceed(prepared, csv: csv, masker: masker)
            await prepared.close()
            return result
        } catch {
            await prepared.close()
            throw error
        }
    }

    private func proceed(_ prepared: PreparedInvite, csv: String, masker: EmailMasker) async throws -> Bool {
        let census = prepared.census
        let text = InviteText(masker: masker)
        var document = InviteDocument(
            mode: dryRun ? .dryRun : .send, assessment: prepared.target, environment: prepared.environmentName,
            masker: masker, csv: csv, ledger: prepared.ledgerURL.path, census: census, needsAttention: false)
        func finish(_ needsAttention: Bool) -> Bool {
            document.needsAttention = needsAttention
            if format == .json { JSONOutput.emit(document) }
            return needsAttention
        }
        Console.human(text.preflight(census, target: prepared.target, environment: prepared.environmentName,
                                     csv: csv, ledger: prepared.ledgerURL.path))
        if dryRun {
            var listed = 0
            var due: [InviteRowRef] = []
            try await prepared.listDue { candidate in
                listed += 1
                // With JSON the rows are in the document only.
                if format == .json {
                    due.append(InviteRowRef(line: candidate.line, email: candidate.email))
                } else {
                    Console.out("would invite \(text.row(candidate))")
                }
            }
            Console.human("dry run: \(listed) invite\(listed == 1 ? "" : "s") would be sent; nothing was sent")
            if let failedOut { Console.human("invalid rows written to \(failedOut)") }
            if format == .json { document.wouldInvite = due }
            return finish(census.invalidCount + census.unresolvedInLedger > 0)
        }
        switch ConfirmationDecision.forInvites(
            toSend: census.toSend, assessment: prepared.target.name, environment: prepared.environmentName,
            yes: yes, interactive: Console.stdinIsTerminal)
        {
        case .proceed:
            break
        case .ask(let question):
            guard ConfirmationDecision.isYes(Console.ask(question)) else {
                Console.human("nothing was sent")
                document.declined = true
                return finish(true)
            }
        case .refuse(let message):
            throw TapformError(message)
        }
        let display = InviteProgressDisplay(terminal: Console.stderrIsTerminal)
        if let interruption = prepared.options.interruption {
            SignalTrap.install(interruption, stopping: "No new invite starts; those in flight finish and are recorded")
        }
        let report = try await prepared.send { progress in display.show(progress) }
        display.finish()
        document.report = report
        Console.human(text.report(report))
        return finish(report.needsAttention)
    }
}

/// Progress on standard error: a bar redrawn in place on a terminal (at most ten times a second), one
/// line per 10% otherwise.
private final class InviteProgressDisplay: @unchecked Sendable {
    private let terminal: Bool
    private let lock = NSLock()
    private var plain = PlainProgress()
    private var lastDraw: ContinuousClock.Instant?
    private var drewBar = false

    init(terminal: Bool) {
        self.terminal = terminal
    }

    func show(_ progress: InviteProgress) {
        lock.withLock {
            if terminal {
                let now = ContinuousClock.now
                if let lastDraw, now - lastDraw < .milliseconds(100), progress.done < progress.total { return }
                lastDraw = now
                drewBar = true
                let bar = ProgressFormatter.bar(done: progress.done, total: progress.total, elapsedSeconds: progress.elapsedSeconds)
                Console.write("\r\u{1B}[K\(bar)", to: .error)
            } else if let line = plain.line(done: progress.done, total: progress.total, elapsedSeconds: progress.elapsedSeconds) {
                Console.error(line)
            }
        }
    }

    func finish() {
        lock.withLock {
            if drewBar { Console.write("\n", to: .error) }
        }
    }
}
