import TapformInvite

/// The preflight pass: reads every row once, before anything is sent, and counts what a run would do.
/// A file-level error (not UTF-8, an unterminated quote) throws here, so nothing is ever half-sent.
enum InviteCensusReader {
    static func read(_ batch: InviteBatch, ledger: InviteLedger?, options: InviteOptions) async throws -> InviteCensus {
        var census = InviteCensus()
        census.ignoredColumns = batch.columns.ignored
        let limit = options.sampleLimit
        let rows = try batch.rows()
        while let outcome = try rows.next() {
            census.rows += 1
            switch outcome {
            case .invalid(let row):
                census.invalidCount += 1
                if census.invalid.count < limit { census.invalid.append(row) }
            case .duplicate(let row):
                census.duplicateCount += 1
                if census.duplicates.count < limit {
                    var shown = row
                    shown.email = options.masker.display(row.email)
                    census.duplicates.append(shown)
                }
            case .valid(let candidate):
                switch LedgerDecision(await ledger?.outcome(for: candidate.email), resendUnknown: options.resendUnknown) {
                case .send:
                    census.toSend += 1
                case .resend:
                    census.toSend += 1
                    census.toResend += 1
                case .skip:
                    census.skippedByLedger += 1
                case .hold:
                    census.unresolvedInLedger += 1
                    if census.unresolved.count < limit {
                        census.unresolved.append(InviteRowRef(line: candidate.line, email: options.masker.display(candidate.email)))
                    }
                }
            }
        }
        return census
    }
}
