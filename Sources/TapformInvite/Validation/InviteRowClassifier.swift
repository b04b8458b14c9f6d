/// Classifies CSV records one at a time: valid, invalid (with the reason) or a duplicate of an earlier
/// row's email (ignoring case).
///
/// Streams: the only state is a map from each lowercased email seen to the line where it first
/// appeared (an `AddressIndex`: about 50 bytes per distinct address), never the rows themselves.
public struct InviteRowClassifier: Sendable {
    public let validator: RowValidator
    private var firstLineByEmail = AddressIndex<Int>()

    public init(columns: InviteColumns, headerCount: Int) {
        validator = RowValidator(columns: columns, headerCount: headerCount)
    }

    /// What to do with `record`. A duplicate is only ever a later row whose email equals that of an
    /// earlier *valid* row; an invalid row does not claim its address.
    public mutating func classify(_ record: CSVRecord) -> InviteRowOutcome {
        switch validator.validate(record) {
        case .failure(let problem):
            return .invalid(InvalidRow(line: record.line, fields: record.fields, problem: problem))
        case .success(let candidate):
            if let firstLine = firstLineByEmail[candidate.key] {
                return .duplicate(DuplicateRow(line: candidate.line, firstLine: firstLine, email: candidate.email))
            }
            firstLineByEmail[candidate.key] = candidate.line
            return .valid(candidate)
        }
    }
}
