import TapformInvite

/// `invite --format json`: the assessment, what the file holds (the census), then what was done: the
/// invites a dry run would send, the report of a run that sent, or the addresses settled by
/// `--mark-sent`/`--mark-not-sent`. Emails go through the masker, as on the terminal (masked when CI is set).
public struct InviteDocument: JSONReport {
    public static let kind = ReportKind.invite

    public enum Mode: String, Encodable, Sendable {
        /// `--dry-run`: nothing was sent.
        case dryRun = "dry-run"
        case send
        /// `--mark-sent`/`--mark-not-sent`: the ledger was updated; nothing was sent.
        case settle
    }

    public var mode: Mode
    public var assessment: LocatedAssessment
    public var environment: String
    public var masker: EmailMasker
    /// The CSV file as given (not for `settle`).
    public var csv: String?
    public var ledger: String?
    public var census: InviteCensus?
    /// A dry run: the rows that would be invited.
    public var wouldInvite: [InviteRowRef]?
    /// The run was not confirmed at the prompt: nothing was sent.
    public var declined = false
    /// A run that sent.
    public var report: InviteReport?
    /// What `--mark-sent`/`--mark-not-sent` recorded, one line an address.
    public var settled: [String]?
    /// Whether the exit status is 1.
    public var needsAttention: Bool

    public init(
        mode: Mode, assessment: LocatedAssessment, environment: String, masker: EmailMasker, csv: String? = nil,
        ledger: String? = nil, census: InviteCensus? = nil, needsAttention: Bool
    ) {
        self.mode = mode
        self.assessment = assessment
        self.environment = environment
        self.masker = masker
        self.csv = csv
        self.ledger = ledger
        self.census = census
        self.needsAttention = needsAttention
    }

    private enum CodingKeys: String, CodingKey {
        case mode, assessment, environment, csv, ledger, census, wouldInvite, declined, result, settled, success
    }

    private struct Assessment: Encodable { var id: String; var name: String }
    private struct Row: Encodable {
        var line: Int
        var email: String?
        var reason: String?
    }
    private struct Duplicate: Encodable { var line: Int; var email: String; var firstLine: Int }

    private struct Census: Encodable {
        var rows, toSend, toResend, skippedByLedger, unresolvedInLedger, invalidCount, duplicateCount: Int
        var invalid: [Row]
        var duplicates: [Duplicate]
        var unresolved: [Row]
        var ignoredColumns: [String]
    }

    private struct Result: Encodable {
        var summary: InviteSummary
        var failed: [Row]
        var unknown: [Row]
        var notAttempted: Int
        var stopReason: String?
        var interrupted: String?
        var resentAlreadyInvited: Int
        var resentSentNow: Int
        var failedOutRows: Int?

        private enum CodingKeys: String, CodingKey {
            case summary, failed, unknown, notAttempted, stopReason, interrupted, resentAlreadyInvited, resentSentNow, failedOutRows
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode([
                "sent": summary.sent, "alreadyInvited": summary.alreadyInvited, "skippedByLedger": summary.skippedByLedger,
                "invalid": summary.invalid, "duplicates": summary.duplicates, "failed": summary.failed, "unknown": summary.unknown,
            ], forKey: .summary)
            try container.encode(failed, forKey: .failed)
            try container.encode(unknown, forKey: .unknown)
            try container.encode(notAttempted, forKey: .notAttempted)
            try container.encode(stopReason, forKey: .stopReason)
            try container.encode(interrupted, forKey: .interrupted)
            try container.encode(resentAlreadyInvited, forKey: .resentAlreadyInvited)
            try container.encode(resentSentNow, forKey: .resentSentNow)
            try container.encode(failedOutRows, forKey: .failedOutRows)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let email = masker.display
        try container.encode(mode, forKey: .mode)
        try container.encode(Assessment(id: assessment.id, name: assessment.name), forKey: .assessment)
        try container.encode(environment, forKey: .environment)
        try container.encodeIfPresent(csv, forKey: .csv)
        try container.encodeIfPresent(ledger, forKey: .ledger)
        if let census {
            try container.encode(Census(
                rows: census.rows, toSend: census.toSend, toResend: census.toResend, skippedByLedger: census.skippedByLedger,
                unresolvedInLedger: census.unresolvedInLedger, invalidCount: census.invalidCount,
                duplicateCount: census.duplicateCount,
                // An invalid row's address may be what is wrong with it: only its line and reason.
                invalid: census.invalid.map { Row(line: $0.line, email: nil, reason: $0.reason) },
                duplicates: census.duplicates.map { Duplicate(line: $0.line, email: email($0.email), firstLine: $0.firstLine) },
                unresolved: census.unresolved.map { Row(line: $0.line, email: email($0.email)) },
                ignoredColumns: census.ignoredColumns), forKey: .census)
        }
        try container.encodeIfPresent(wouldInvite.map { $0.map { Row(line: $0.line, email: email($0.email)) } }, forKey: .wouldInvite)
        try container.encode(declined, forKey: .declined)
        if let report {
            try container.encode(Result(
                summary: report.summary,
                failed: report.failed.map { Row(line: $0.line, email: email($0.email), reason: $0.reason) },
                unknown: report.unknown.map { Row(line: $0.line, email: email($0.email), reason: $0.reason) },
                notAttempted: report.notAttempted, stopReason: report.stopReason, interrupted: report.interrupted?.name,
                resentAlreadyInvited: report.resentAlreadyInvited, resentSentNow: report.resentSentNow,
                failedOutRows: report.failedOutRows), forKey: .result)
        }
        try container.encodeIfPresent(settled, forKey: .settled)
        try container.encode(!needsAttention, forKey: .success)
    }
}
