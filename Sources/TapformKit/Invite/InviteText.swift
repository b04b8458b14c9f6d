import TapformInvite
import TaptalentAPI

/// The words `tapform invite` prints: the preflight report, dry-run rows and the final report. Emails go
/// through the masker (masked when `CI` is set); row problems never quote a row's values.
public struct InviteText: Sendable {
    public let masker: EmailMasker

    public init(masker: EmailMasker) {
        self.masker = masker
    }

    /// `ann@example.com (line 12)`.
    public func row(_ candidate: InviteCandidate) -> String {
        "\(masker.display(candidate.email)) (line \(candidate.line))"
    }

    /// What the file holds and what a run will do, before anything is sent.
    public func preflight(_ census: InviteCensus, target: LocatedAssessment, environment: String, csv: String, ledger: String) -> String {
        var lines = ["\(target.label) in environment \"\(environment)\""]
        lines.append("\(csv): \(census.rows) row\(census.rows == 1 ? "" : "s"); ledger \(ledger)")
        if !census.ignoredColumns.isEmpty {
            let names = census.ignoredColumns.map { "\"\($0)\"" }.joined(separator: ", ")
            lines.append("columns not used: " + TextExcerpt.short(names))
        }
        if census.invalidCount > 0 {
            lines.append("\(census.invalidCount) invalid row\(census.invalidCount == 1 ? "" : "s") skipped:")
            lines += census.invalid.map { "  \(csv):\($0.line): \($0.reason)" }
            lines += more(census.invalidCount - census.invalid.count)
        }
        if census.duplicateCount > 0 {
            lines.append("\(census.duplicateCount) repeated email\(census.duplicateCount == 1 ? "" : "s") skipped (ignoring case):")
            lines += census.duplicates.map { "  \(csv):\($0.line): \($0.email) already on line \($0.firstLine)" }
            lines += more(census.duplicateCount - census.duplicates.count)
        }
        if census.unresolvedInLedger > 0 {
            lines.append("\(census.unresolvedInLedger) address\(census.unresolvedInLedger == 1 ? "" : "es") with an unknown "
                + "outcome in the ledger from an earlier run (not sent again; --resend-unknown settles them):")
            lines += census.unresolved.map { "  \(csv):\($0.line): \($0.email)" }
            lines += more(census.unresolvedInLedger - census.unresolved.count)
        }
        if census.skippedByLedger > 0 {
            lines.append("\(census.skippedByLedger) already sent according to the ledger (skipped)")
        }
        if census.toResend > 0 {
            lines.append("\(census.toResend) address\(census.toResend == 1 ? "" : "es") with an unknown outcome from an earlier run "
                + "will be sent again (--resend-unknown): Taptalent answers \"already invited\" where the first one arrived")
        }
        lines.append("\(census.toSend) invite\(census.toSend == 1 ? "" : "s") to send")
        return lines.joined(separator: "\n")
    }

    /// The summary, the rows that need attention, and how to retry or clear them.
    public func report(_ report: InviteReport) -> String {
        var lines: [String] = []
        if let signal = report.interrupted {
            lines.append("interrupted by \(signal.name): no invite was started after it; those in flight were "
                + "finished and recorded (any cut off are listed as unknown outcome)")
        }
        if let reason = report.stopReason {
            lines.append("stopped early: \(reason)")
        }
        if !report.failed.isEmpty {
            lines.append("failed (nothing was sent; a re-run tries them again):")
            lines += report.failed.map { "  line \($0.line): \(masker.display($0.email)): \($0.reason)" }
            lines += more(report.summary.failed - report.failed.count)
        }
        if !report.unknown.isEmpty {
            lines.append("unknown outcome, check in Taptalent (not sent again without --resend-unknown):")
            lines += report.unknown.map { "  line \($0.line): \(masker.display($0.email)): \($0.reason)" }
            lines += more(report.summary.unknown - report.unknown.count)
        }
        var summary = report.summary.text(ledgerPath: report.ledgerPath).split(separator: "\n", omittingEmptySubsequences: false)
        if report.failedOutRows != nil {
            // The summary's hint to use --failed-out, when it was used.
            summary.removeAll { $0.hasPrefix("Failed and invalid rows can be written with --failed-out") }
        }
        lines += summary.map(String.init)
        if report.resentAlreadyInvited + report.resentSentNow > 0 {
            lines.append("re-sent \(report.resentAlreadyInvited + report.resentSentNow) with an unknown outcome: "
                + "\(report.resentAlreadyInvited) already invited (the earlier invite had arrived), \(report.resentSentNow) sent now")
        }
        if report.notAttempted > 0 {
            lines.append("\(report.notAttempted) invite\(report.notAttempted == 1 ? " was" : "s were") not attempted; run again to send \(report.notAttempted == 1 ? "it" : "them").")
        }
        if let rows = report.failedOutRows {
            lines.append("\(rows) row\(rows == 1 ? "" : "s") written to --failed-out")
        }
        return lines.joined(separator: "\n")
    }

    private func more(_ count: Int) -> [String] {
        count > 0 ? ["  … and \(count) more"] : []
    }
}
