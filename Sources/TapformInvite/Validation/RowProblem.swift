import TaptalentContract

/// Why a row is not sent. The descriptions never quote the row's values (they may be printed in CI
/// logs, where emails are masked by the caller).
public enum RowProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case emailMissing
    case emailTooLong(length: Int)
    case emailWithoutAt
    case emailWithSeveralAts
    case emailLocalPartEmpty
    case emailLocalPartTooLong(length: Int)
    case emailDomainInvalid
    case emailContainsSpace
    case emailContainsControlCharacter
    case emailContainsCharacter(Character)
    case nameTooLong(column: String, length: Int)
    case nameContainsControlCharacter(column: String)
    case tooManyFields(count: Int, headerCount: Int)

    public var description: String {
        switch self {
        case .emailMissing: "email is empty"
        case .emailTooLong(let length): "email is \(length) bytes long (at most \(InviteLimits.emailMaxLength))"
        case .emailWithoutAt: "email has no @"
        case .emailWithSeveralAts: "email has more than one @"
        case .emailLocalPartEmpty: "email has nothing before the @"
        case .emailLocalPartTooLong(let length):
            "email has \(length) bytes before the @ (at most \(InviteLimits.emailLocalPartMaxLength))"
        case .emailDomainInvalid: "email domain is not a domain name with a dot (like example.com)"
        case .emailContainsSpace: "email contains a space"
        case .emailContainsControlCharacter: "email contains a control or invisible formatting character"
        case .emailContainsCharacter(let character): "email contains \"\(character)\", which an address cannot hold unquoted"
        case .nameTooLong(let column, let length):
            "\(column) is \(length) characters long (at most \(WireLimits.candidateNameMaxLength))"
        case .nameContainsControlCharacter(let column): "\(column) contains a control character or line break"
        case .tooManyFields(let count, let headerCount):
            "row has \(count) fields but the header has \(headerCount) (an unquoted delimiter inside a value?)"
        }
    }
}
