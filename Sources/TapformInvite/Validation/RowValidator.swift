/// Turns one CSV record into an invite candidate, or the reason it cannot be one.
public struct RowValidator: Sendable {
    public let columns: InviteColumns
    public let headerCount: Int

    public init(columns: InviteColumns, headerCount: Int) {
        self.columns = columns
        self.headerCount = headerCount
    }

    public func validate(_ record: CSVRecord) -> Result<InviteCandidate, RowProblem> {
        let fields = record.fields
        // Trailing empty fields were already dropped by the reader; anything left beyond the header is data.
        guard fields.count <= headerCount else {
            return .failure(.tooManyFields(count: fields.count, headerCount: headerCount))
        }
        func value(_ index: Int?) -> String? {
            guard let index, index < fields.count else { return nil }
            return fields[index]
        }
        let email: String
        switch EmailSyntax.check(value(columns.email) ?? "") {
        case .success(let address): email = address
        case .failure(let problem): return .failure(problem)
        }
        var first = value(columns.firstName)
        var last = value(columns.lastName)
        if let full = value(columns.fullName) {
            (first, last) = NameSplitter.split(full)
        }
        return NameRules.check(first, column: "first name").flatMap { firstName in
            NameRules.check(last, column: "last name").map { lastName in
                InviteCandidate(email: email, firstName: firstName, lastName: lastName, line: record.line, fields: fields)
            }
        }
    }
}
