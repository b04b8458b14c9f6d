/// The counts at the end of an invite run, and their text.
public struct InviteSummary: Sendable, Hashable {
    public var sent = 0
    public var alreadyInvited = 0
    /// Rows skipped because the ledger already held their address.
    public var skippedByLedger = 0
    public var invalid = 0
    public var duplicates = 0
    public var failed = 0
    /// Invites whose outcome is not known (timeouts, dropped connections): never re-sent automatically.
    public var unknown = 0

    public init(sent: Int = 0, alreadyInvited: Int = 0, skippedByLedger: Int = 0, invalid: Int = 0,
                duplicates: Int = 0, failed: Int = 0, unknown: Int = 0) {
        self.sent = sent
        self.alreadyInvited = alreadyInvited
        self.skippedByLedger = skippedByLedger
        self.invalid = invalid
        self.duplicates = duplicates
        self.failed = failed
        self.unknown = unknown
    }

    /// Whether anything needs the user's attention (a non-zero exit status).
    public var needsAttention: Bool { invalid + failed + unknown > 0 }

    /// An aligned summary, with hints for failed and unknown invites. `ledgerPath` is named in the hint.
    public func text(ledgerPath: String? = nil) -> String {
        let rows: [(String, Int)] = [
            ("sent", sent), ("already invited", alreadyInvited), ("skipped (in ledger)", skippedByLedger),
            ("invalid", invalid), ("duplicates", duplicates), ("failed", failed), ("unknown outcome", unknown),
        ]
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let numberWidth = rows.map { String($0.1).count }.max() ?? 0
        var lines = rows.map { label, value in
            let number = String(value)
            return label + String(repeating: " ", count: labelWidth - label.count + 2 + numberWidth - number.count) + number
        }
        if failed + invalid > 0 {
            lines.append("Failed and invalid rows can be written with --failed-out FILE, fixed, and retried.")
        }
        if unknown > 0 {
            let ledger = ledgerPath ?? "the ledger"
            lines.append("\(unknown) invite(s) may or may not have been sent (recorded in \(ledger)); they are not sent "
                + "again unless you run again with --resend-unknown, which settles them where Taptalent de-duplicates "
                + "repeated invites (tapform doctor --write checks that).")
        }
        return lines.joined(separator: "\n")
    }
}
