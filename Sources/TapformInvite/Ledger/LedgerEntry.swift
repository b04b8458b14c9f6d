/// What happened to one invite, as recorded in the ledger.
public enum LedgerOutcome: String, Codable, Sendable, CaseIterable {
    /// Recorded just before the request is sent (write-ahead): if the run dies before the answer is
    /// recorded, the address is still never sent again automatically.
    case pending
    /// Taptalent accepted the invite and emailed the candidate.
    case sent
    /// Taptalent answered that the candidate was already invited (no email sent).
    case alreadyInvited
    /// The request may or may not have reached Taptalent (a timeout, a dropped connection, a 5xx).
    case unknown
    /// Taptalent refused the invite in a way that proves nothing was sent (a 4xx such as a validation
    /// error or 429): the address may be sent again by a later run.
    case failed

    /// Whether an address with this as its latest outcome must not be sent again automatically.
    public var blocksSending: Bool { self != .failed }

    /// Whether an address with this as its latest outcome needs a person to check it.
    public var isUnresolved: Bool { self == .pending || self == .unknown }
}

/// One line of the ledger file.
public struct LedgerEntry: Codable, Sendable, Hashable {
    /// The lowercased address.
    public var email: String
    public var outcome: LedgerOutcome
    /// ISO 8601 UTC time of the entry.
    public var at: String
    /// The CSV line of the row.
    public var line: Int

    public init(email: String, outcome: LedgerOutcome, at: String, line: Int) {
        self.email = email
        self.outcome = outcome
        self.at = at
        self.line = line
    }
}
