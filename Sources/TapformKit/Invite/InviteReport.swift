import TapformInvite

/// The end of an invite run: the counts, the rows that need attention, and why the run stopped early
/// if it did.
public struct InviteReport: Sendable, Hashable {
    /// Sent, already invited, skipped (ledger), invalid, duplicates, failed, unknown. `unknown` counts
    /// both this run's invites without a known outcome and the addresses an earlier run left unresolved
    /// in the ledger.
    public var summary = InviteSummary()
    /// The first failed invites (refused in a way that proves nothing was sent), in the order they ended.
    public var failed: [InviteRowProblem] = []
    /// The first invites whose outcome is unknown (this run's and earlier runs').
    public var unknown: [InviteRowProblem] = []
    /// Invites that were due but not attempted because the run stopped (see `stopReason`).
    public var notAttempted = 0
    /// Why the run stopped before the end (a refused key, the assessment gone, the ledger unwritable);
    /// a stop by signal is in `interrupted`.
    public var stopReason: String?
    /// The signal that stopped the run (no invite started after it), if one did.
    public var interrupted: StopSignal?
    /// Addresses left unresolved by an earlier run and re-sent (`--resend-unknown`): those Taptalent
    /// answered as already invited (the earlier invite had arrived), and those it sent now.
    public var resentAlreadyInvited = 0
    public var resentSentNow = 0
    /// The ledger's path.
    public var ledgerPath: String
    /// Rows written to `--failed-out`, when it was given.
    public var failedOutRows: Int?

    public init(ledgerPath: String) {
        self.ledgerPath = ledgerPath
    }

    /// Whether the exit status is 1: any invalid, failed or unknown row, or a run that stopped early.
    public var needsAttention: Bool {
        summary.needsAttention || stopReason != nil || notAttempted > 0 || interrupted != nil
    }
}

/// One row that needs attention, with the reason (which never contains the API key).
public struct InviteRowProblem: Sendable, Hashable {
    public var line: Int
    public var email: String
    public var reason: String

    public init(line: Int, email: String, reason: String) {
        self.line = line
        self.email = email
        self.reason = reason
    }
}
