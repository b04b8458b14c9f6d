import Foundation
import TapformInvite
import TaptalentAPI

/// What became of one invite request, and what the ledger records for it.
enum InviteAttemptOutcome: Sendable, Hashable {
    case sent
    case alreadyInvited
    /// Refused in a way that proves nothing was sent: the address may be tried again by a later run.
    case failed(reason: String)
    /// The request may or may not have reached Taptalent: never re-sent automatically.
    case unknown(reason: String)
    /// Refused for a reason every later invite would share (the key refused, the assessment gone or
    /// inactive, the server unreachable, a rate limit that did not lift while the client waited): the run
    /// stops. Nothing was sent for this row.
    case stop(reason: String)

    var ledgerOutcome: LedgerOutcome {
        switch self {
        case .sent: .sent
        case .alreadyInvited: .alreadyInvited
        case .failed, .stop: .failed
        case .unknown: .unknown
        }
    }

    /// Reads a failed invite. The client already retried what may be retried (429 with its
    /// `Retry-After`, connections that were never made); a POST that may have been applied (a timeout,
    /// a dropped connection, a 5xx) is never repeated.
    /// - Parameter target: the assessment or flow invited to, named in the reasons that stop the run.
    static func classify(_ error: any Error, target: LocatedAssessment) -> InviteAttemptOutcome {
        guard let error = error as? TaptalentError else {
            if error is CancellationError {
                return .unknown(reason: "the run was stopped while the invite was in flight (no answer was read)")
            }
            return .unknown(reason: "\(error)")
        }
        let text = error.description
        if error.isOutcomeUnknown { return .unknown(reason: text) }
        switch error.kind {
        case .api(let failure):
            switch failure.status {
            case 401, 403:
                return .stop(reason: "the API key was refused: \(text)")
            case 404:
                return .stop(reason: "the \(target.label) no longer exists in the account; nothing was sent for this "
                    + "row. Check its name (tapform plan), then run again: \(text)")
            case 400 where failure.details.values.contains { $0.contains(WireStatus.inactive) }:
                return .stop(reason: "the \(target.label) does not accept invites: \(text)")
            case 429 where failure.rateLimitGaveUp != nil:
                // The client already waited as long as it waits: every later invite would be refused too.
                return .stop(reason: "rate limited, nothing was sent; run again later: \(text)")
            case 429:
                return .failed(reason: "rate limited, nothing was sent; run again later: \(text)")
            case 400..<500:
                return .failed(reason: "refused: \(text)")
            default:
                return .unknown(reason: text)
            }
        case .transport(let failure):
            return failure.neverSent ? .stop(reason: "cannot reach the server: \(text)") : .unknown(reason: text)
        case .timeout, .decoding:
            return .unknown(reason: text)
        case .invalidResponse, .readOnlyRefused, .insecureURL:
            return .stop(reason: text)
        }
    }
}

/// Sends one invite with its write-ahead ledger entries: `pending` (on disk) before the request, then
/// the outcome (on disk) after it.
struct InviteAttempt: Sendable {
    let client: TaptalentClient
    /// The assessment to invite to, or the flow to assign to (which sends its first step's invite).
    let target: LocatedAssessment
    let ledger: InviteLedger

    /// The result of one row.
    struct Result: Sendable {
        var candidate: InviteCandidate
        var outcome: InviteAttemptOutcome
        /// The ledger could not be written: the run must stop. When this is set for the `pending` entry,
        /// nothing was sent; for the outcome entry, the address stays `pending` (blocked, reported).
        var ledgerFailure: String?
        /// The address had been left unresolved by an earlier run and was sent again (`--resend-unknown`).
        var isResend = false
    }

    func run(_ candidate: InviteCandidate, isResend: Bool = false) async -> Result {
        var result = await send(candidate)
        result.isResend = isResend
        return result
    }

    private func send(_ candidate: InviteCandidate) async -> Result {
        do {
            try await ledger.record(email: candidate.email, outcome: .pending, line: candidate.line)
        } catch {
            return Result(candidate: candidate, outcome: .stop(reason: "cannot write the ledger: \(error)"),
                          ledgerFailure: "\(error)")
        }
        let outcome: InviteAttemptOutcome
        do {
            let body = InviteBody(email: candidate.email, firstName: candidate.firstName, lastName: candidate.lastName)
            let answer = target.kind == .flow
                ? try await client.assignToFlow(flowId: target.id, body, retryPost: .whenNotApplied)
                : try await client.invite(assessmentId: target.id, body, retryPost: .whenNotApplied)
            outcome = answer.alreadyInvited == true ? .alreadyInvited : .sent
        } catch {
            outcome = InviteAttemptOutcome.classify(error, target: target)
        }
        do {
            try await ledger.record(email: candidate.email, outcome: outcome.ledgerOutcome, line: candidate.line)
        } catch {
            return Result(candidate: candidate, outcome: outcome, ledgerFailure: "\(error)")
        }
        return Result(candidate: candidate, outcome: outcome, ledgerFailure: nil)
    }
}
