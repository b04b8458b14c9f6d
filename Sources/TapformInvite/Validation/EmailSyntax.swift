import Foundation

/// A pragmatic email check, made before anything is sent.
///
/// After trimming surrounding whitespace: exactly one `@`; a non-empty local part of at most 64 bytes;
/// a domain with a dot and no empty label (`a..b`, `.com`, `com.`); no spaces, control or invisible
/// formatting characters (zero-width spaces, direction overrides) anywhere; none of `<>()[],;:\"`
/// (these need quoting, which invites do not support); at most 254 bytes in all. Non-ASCII letters
/// (internationalised addresses) are accepted. It does not check that the domain exists.
public enum EmailSyntax {
    private static let forbidden: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]

    /// The trimmed address, or the reason it is not one.
    public static func check(_ raw: String) -> Result<String, RowProblem> {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !email.isEmpty else { return .failure(.emailMissing) }
        if let problem = characterProblem(email) { return .failure(problem) }
        let length = email.utf8.count
        guard length <= InviteLimits.emailMaxLength else { return .failure(.emailTooLong(length: length)) }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return .failure(.emailWithoutAt) }
        guard parts.count == 2 else { return .failure(.emailWithSeveralAts) }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty else { return .failure(.emailLocalPartEmpty) }
        guard local.utf8.count <= InviteLimits.emailLocalPartMaxLength else {
            return .failure(.emailLocalPartTooLong(length: local.utf8.count))
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return .failure(.emailDomainInvalid) }
        return .success(email)
    }

    private static func characterProblem(_ email: String) -> RowProblem? {
        for scalar in email.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                return .emailContainsControlCharacter
            case .spaceSeparator:
                return .emailContainsSpace
            default:
                if forbidden.contains(scalar) { return .emailContainsCharacter(Character(scalar)) }
            }
        }
        return nil
    }
}
