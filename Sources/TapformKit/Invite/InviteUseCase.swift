import Foundation
import TapformInvite
import TaptalentAPI

/// `tapform invite`: sends one assessment's invites from a CSV file, at most once per address.
///
/// Two steps, so that the command can confirm in between: `prepare` checks the assessment (it must be
/// active), reads the whole file once (a file-level error stops everything before any invite) and
/// opens the ledger; `PreparedInvite.send` then streams the file again and sends. For a benchmark or a
/// script, `run` does both without asking.
///
/// ```swift
/// let useCase = InviteUseCase(client: connection.client, environmentName: connection.environmentName)
/// let prepared = try await useCase.prepare(target: located, options: InviteOptions(csv: url), root: root)
/// defer { prepared.close() }
/// let report = try await prepared.send { progress in … }
/// ```
public struct InviteUseCase: Sendable {
    public let client: TaptalentClient
    public let environmentName: String

    public init(client: TaptalentClient, environmentName: String) {
        self.client = client
        self.environmentName = environmentName
    }

    /// Checks that `target` accepts invites, reads the file once and opens the ledger (in a dry run, an
    /// existing ledger is read but none is created). Sends nothing.
    /// - Parameter root: the project root, below which the default ledger lives.
    public func prepare(target: LocatedAssessment, options: InviteOptions, root: URL) async throws -> PreparedInvite {
        guard target.isActive else {
            throw TapformError("the \(target.label) is \(WireStatus.inactive) in environment "
                + "\"\(environmentName)\" and does not accept invites; set it active (status: active, then tapform apply) "
                + "before inviting. Nothing was sent.")
        }
        if options.resendUnknown && !options.dryRun {
            try Self.requireDeduplication(
                environment: environmentName, baseURL: client.configuration.baseURL, root: root,
                trusted: options.trustDeduplication)
        }
        let batch = try InviteBatch(csv: options.csv)
        let ledgerURL = options.ledger ?? InviteLedger.defaultURL(assessmentId: target.ledgerKey, root: root)
        let ledger: InviteLedger? = options.dryRun && !FileManager.default.fileExists(atPath: ledgerURL.path)
            ? nil : try InviteLedger(url: ledgerURL)
        do {
            let census = try await InviteCensusReader.read(batch, ledger: ledger, options: options)
            return PreparedInvite(
                client: client, environmentName: environmentName, target: target, options: options, batch: batch,
                ledger: ledger, ledgerURL: ledgerURL, census: census)
        } catch {
            await ledger?.close()
            throw error
        }
    }

    /// `--resend-unknown` is safe only where a repeated invite sends no second email: refuses unless
    /// `tapform doctor --write` confirmed that for this environment's name and URL, or it is `trusted`
    /// (`--trust-deduplication`). A doctor finding that it does not hold refuses even then.
    static func requireDeduplication(environment: String, baseURL: URL, root: URL, trusted: Bool) throws {
        let record = try DeduplicationRecords.find(root: root, environment: environment, baseURL: baseURL)
        if trusted && record == nil { return }
        // `--url` runs are named by their URL.
        let named = environment == baseURL.absoluteString ? "--url \(environment)" : "--env \(environment)"
        let ways = "run `tapform doctor --write \(named)` to check it (with --production on Taptalent's "
            + "production host), or pass --trust-deduplication to take it on trust. Nothing was sent."
        guard let record else {
            throw TapformError("--resend-unknown sends again invites that may have arrived; that is safe only if "
                + "Taptalent answers a repeated invite with alreadyInvited and no second email, which is not "
                + "confirmed for environment \"\(environment)\" (\(baseURL.absoluteString)): " + ways)
        }
        guard record.deduplicates else {
            throw TapformError("tapform doctor --write found on \(record.checkedAt) that environment \"\(environment)\" "
                + "does not de-duplicate repeated invites; --resend-unknown would email those candidates twice. "
                + "Check the unknown ones in Taptalent instead, or run doctor --write again if the account has changed. "
                + "Nothing was sent.")
        }
    }

    /// Prepares and sends without confirmation (for benchmarks and scripts).
    public func run(
        target: LocatedAssessment, options: InviteOptions, root: URL,
        progress: @Sendable (InviteProgress) -> Void = { _ in }
    ) async throws -> InviteReport {
        let prepared = try await prepare(target: target, options: options, root: root)
        do {
            let report = try await prepared.send(progress: progress)
            await prepared.close()
            return report
        } catch {
            await prepared.close()
            throw error
        }
    }
}

/// A checked assessment, a read file and an open (locked) ledger, ready to send or to list.
public final class PreparedInvite: Sendable {
    public let client: TaptalentClient
    public let environmentName: String
    public let target: LocatedAssessment
    public let options: InviteOptions
    public let batch: InviteBatch
    /// nil only in a dry run without an existing ledger.
    public let ledger: InviteLedger?
    public let ledgerURL: URL
    /// What the file holds, with the ledger consulted.
    public let census: InviteCensus

    init(
        client: TaptalentClient, environmentName: String, target: LocatedAssessment, options: InviteOptions,
        batch: InviteBatch, ledger: InviteLedger?, ledgerURL: URL, census: InviteCensus
    ) {
        self.client = client
        self.environmentName = environmentName
        self.target = target
        self.options = options
        self.batch = batch
        self.ledger = ledger
        self.ledgerURL = ledgerURL
        self.census = census
    }

    /// Sends every due invite and returns the report. Throws only when `--failed-out` cannot be created
    /// or in a dry run; failures of single invites are in the report.
    public func send(progress: @Sendable (InviteProgress) -> Void = { _ in }) async throws -> InviteReport {
        guard !options.dryRun, let ledger else {
            throw TapformError("a dry run sends nothing; use listDue(_:) to list what would be sent")
        }
        let failedOut = try options.failedOut.map { try FailedRowsWriter(url: $0, header: batch.header) }
        let sender = InviteSender(
            batch: batch, ledger: ledger,
            attempt: InviteAttempt(client: client, target: target, ledger: ledger),
            options: options, census: census, failedOut: failedOut)
        let report = await sender.run(progress: progress)
        try failedOut?.close()
        return report
    }

    /// Streams the rows a run would send, in file order, to `body` (for `--dry-run`); writes the
    /// invalid rows, and those held with an unknown outcome, to `--failed-out` when given. Sends nothing.
    public func listDue(_ body: (InviteCandidate) -> Void) async throws {
        let failedOut = try options.failedOut.map { try FailedRowsWriter(url: $0, header: batch.header) }
        let rows = try batch.rows()
        while let outcome = try rows.next() {
            switch outcome {
            case .duplicate:
                continue
            case .invalid(let row):
                try failedOut?.write(fields: row.fields, reason: "line \(row.line): \(row.reason)")
            case .valid(let candidate):
                switch LedgerDecision(await ledger?.outcome(for: candidate.email), resendUnknown: options.resendUnknown) {
                case .send, .resend:
                    body(candidate)
                case .hold:
                    try failedOut?.write(fields: candidate.fields, reason: LedgerDecision.heldReason)
                case .skip:
                    continue
                }
            }
        }
        try failedOut?.close()
    }

    /// Closes the ledger and releases its lock.
    public func close() async {
        await ledger?.close()
    }
}
