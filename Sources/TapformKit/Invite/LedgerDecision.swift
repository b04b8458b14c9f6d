import TapformInvite

/// What a run does with a valid address, given its latest outcome in the ledger: the one place where
/// the census, the dry run and the sending pass agree on it.
enum LedgerDecision: Sendable, Hashable {
    /// Never sent, or refused in a way that proves nothing was sent.
    case send
    /// Left `pending` or `unknown` by an earlier run, and the run re-sends those (`--resend-unknown`).
    case resend
    /// Sent or already invited: skipped.
    case skip
    /// Left `pending` or `unknown` by an earlier run: held, and reported until settled.
    case hold

    init(_ outcome: LedgerOutcome?, resendUnknown: Bool) {
        switch outcome {
        case nil, .failed?: self = .send
        case .sent?, .alreadyInvited?: self = .skip
        case .pending?, .unknown?: self = resendUnknown ? .resend : .hold
        }
    }

    /// The reason given for a held address (in the report and in `--failed-out`).
    static let heldReason = "unknown outcome: left pending or unknown in the ledger by an earlier run; "
        + "check it in Taptalent, or settle it with --resend-unknown"

    /// Whether the run sends a request for the address.
    var sends: Bool { self == .send || self == .resend }
}
