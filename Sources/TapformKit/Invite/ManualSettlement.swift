import Foundation
import TapformInvite

/// What a person found in Taptalent about an invite whose outcome is unknown (`invite --mark-sent`,
/// `--mark-not-sent`), for accounts where `--resend-unknown` is not safe.
public enum ManualSettlement: Sendable, Hashable {
    /// The invite arrived: recorded as `sent`, never sent again.
    case arrived
    /// It did not: recorded as `failed` (nothing was sent), so the next run sends it.
    case notArrived

    var outcome: LedgerOutcome {
        switch self {
        case .arrived: .sent
        case .notArrived: .failed
        }
    }

    /// The ledger's `line` for an entry a person made (it names no CSV row).
    static let entryLine = 0
}

extension InviteUseCase {
    /// Records what a person found for each address, through the ledger (locked, appended, synced) rather
    /// than by editing it. Only addresses whose latest entry is `pending` or `unknown` may be settled, and
    /// either all are or none is: a typo must not leave half the list recorded.
    /// - Returns: one line per address, for display.
    /// - Throws: `TapformError` naming every address that cannot be settled, and why.
    public func settle(
        _ marks: [(email: String, as: ManualSettlement)], target: LocatedAssessment, ledger: URL?, root: URL,
        masker: EmailMasker
    ) async throws -> [String] {
        let url = ledger ?? InviteLedger.defaultURL(assessmentId: target.ledgerKey, root: root)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw TapformError("\(url.path): no ledger for the \(target.label); nothing to settle")
        }
        let ledger = try InviteLedger(url: url)
        do {
            var problems: [String] = []
            for mark in marks {
                let email = mark.email.trimmingCharacters(in: .whitespaces)
                switch await ledger.outcome(for: email) {
                case .pending?, .unknown?: continue
                case nil: problems.append("\(masker.display(email)) is not in the ledger")
                case let other?: problems.append("\(masker.display(email)) is recorded as \(other.rawValue), not unknown")
                }
            }
            guard problems.isEmpty else {
                throw TapformError("\(url.path): only an address with an unknown outcome can be settled; nothing was "
                    + "recorded: " + problems.joined(separator: "; "))
            }
            var lines: [String] = []
            for mark in marks {
                let email = mark.email.trimmingCharacters(in: .whitespaces)
                try await ledger.record(email: email, outcome: mark.as.outcome, line: ManualSettlement.entryLine)
                lines.append(mark.as == .arrived
                    ? "\(masker.display(email)): recorded as sent; it will not be sent again"
                    : "\(masker.display(email)): recorded as not sent; the next run sends it")
            }
            await ledger.close()
            return lines
        } catch {
            await ledger.close()
            throw error
        }
    }
}
