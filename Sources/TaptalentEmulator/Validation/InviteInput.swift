import TaptalentAPI

/// Validates `POST /assessment/:id/invite` and the address rules shared with the completion control.
enum InviteInput {
    private typealias Key = InviteBody.CodingKeys

    static func read(_ body: JSONValue) throws(APIError) -> InviteBody {
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: [Key.email, Key.firstName, Key.lastName])
        let email = email(&reader, Key.email)
        let firstName = reader.string(Key.firstName, length: 0...WireLimits.candidateNameMaxLength)
        let lastName = reader.string(Key.lastName, length: 0...WireLimits.candidateNameMaxLength)
        guard reader.isValid, let email else { throw .invalid(reader.errors) }
        return InviteBody(email: email, firstName: firstName, lastName: lastName)
    }

    /// A required, plausible email address (one `@`, a dotted domain, no spaces), trimmed.
    static func email(_ reader: inout FieldReader, _ key: some CodingKey) -> String? {
        guard let text = reader.string(key, length: 3...254, required: true) else { return nil }
        guard isPlausibleEmail(text) else {
            reader.fail(key) { FieldMessage.invalidEmail($0) }
            return nil
        }
        return text
    }

    static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64,
            !text.contains(where: { $0.isWhitespace || $0.isNewline })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
            let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter)
        else { return false }
        return true
    }
}
