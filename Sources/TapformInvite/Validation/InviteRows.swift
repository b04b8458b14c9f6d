/// A row that passed validation: ready to invite.
public struct InviteCandidate: Sendable, Hashable {
    /// The address as written (trimmed). Send this.
    public var email: String
    public var firstName: String?
    public var lastName: String?
    /// The line where the row starts in the CSV file.
    public var line: Int
    /// The row's raw fields, for `FailedRowsWriter` if the invite fails.
    public var fields: [String]

    public init(email: String, firstName: String?, lastName: String?, line: Int, fields: [String]) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.line = line
        self.fields = fields
    }

    /// The lowercased address: the identity for de-duplication and the ledger.
    public var key: String { email.lowercased() }
}

/// A row that failed validation and is skipped.
public struct InvalidRow: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
    public var problem: RowProblem

    public init(line: Int, fields: [String], problem: RowProblem) {
        self.line = line
        self.fields = fields
        self.problem = problem
    }

    /// The reason, as shown to the user and written to `--failed-out`.
    public var reason: String { problem.description }
}

/// A row whose email (ignoring case) already appeared on an earlier line; skipped.
public struct DuplicateRow: Sendable, Hashable {
    public var line: Int
    /// The line of the first row with this email, the one that is sent.
    public var firstLine: Int
    public var email: String

    public init(line: Int, firstLine: Int, email: String) {
        self.line = line
        self.firstLine = firstLine
        self.email = email
    }
}

/// What became of one CSV row.
public enum InviteRowOutcome: Sendable, Hashable {
    case valid(InviteCandidate)
    case invalid(InvalidRow)
    case duplicate(DuplicateRow)
}
