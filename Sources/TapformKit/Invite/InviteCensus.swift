import TapformInvite

/// What a read of the whole file (before anything is sent) found, with the ledger consulted.
public struct InviteCensus: Sendable, Hashable {
    /// Data rows read (every line but the header and blank lines).
    public var rows = 0
    /// Valid, first-seen addresses the ledger does not block: what a run will send (`toResend` included).
    public var toSend = 0
    /// Of `toSend`, the addresses an earlier run left unresolved, sent again (`--resend-unknown`).
    public var toResend = 0
    /// Valid rows whose address the ledger records as sent or already invited.
    public var skippedByLedger = 0
    /// Valid rows whose address the ledger holds as `pending` or `unknown` (an earlier run died or got no
    /// answer): never re-sent without `--resend-unknown`, reported until they are settled.
    public var unresolvedInLedger = 0
    public var invalidCount = 0
    public var duplicateCount = 0
    /// The first invalid rows, in file order (at most `InviteOptions.sampleLimit`).
    public var invalid: [InvalidRow] = []
    /// The first duplicate rows, in file order.
    public var duplicates: [DuplicateRow] = []
    /// The first unresolved rows (line and address), in file order.
    public var unresolved: [InviteRowRef] = []
    /// Header names of columns that are not used.
    public var ignoredColumns: [String] = []

    public init() {}
}

/// A row named by its line and address, for reports.
public struct InviteRowRef: Sendable, Hashable {
    public var line: Int
    public var email: String

    public init(line: Int, email: String) {
        self.line = line
        self.email = email
    }
}
