/// Matches invite CSV headers loosely: case, spaces, `_`, `-` and other punctuation are ignored, so
/// `E-mail Address`, `email_address` and `EMAIL ADDRESS` are the same column.
public enum HeaderMatcher {
    enum Role: CaseIterable {
        case email, firstName, lastName, fullName

        /// Accepted names, normalised (lowercase letters and digits only).
        var names: Set<String> {
            switch self {
            case .email: ["email", "emailaddress", "mail", "mailaddress"]
            case .firstName: ["firstname", "givenname", "forename"]
            case .lastName: ["lastname", "surname", "familyname"]
            case .fullName: ["name", "fullname"]
            }
        }

        var label: String {
            switch self {
            case .email: "email"
            case .firstName: "first name"
            case .lastName: "last name"
            case .fullName: "full name"
            }
        }
    }

    /// Finds the email, name and ignored columns of `header` (from the file `fileName`).
    /// Throws `HeaderError` when no column is an email, or when two columns claim the same role.
    public static func match(header: [String], fileName: String) throws -> InviteColumns {
        var found: [Role: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = normalise(name)
            guard let role = Role.allCases.first(where: { $0.names.contains(key) }) else { continue }
            if let earlier = found[role] {
                throw HeaderError.ambiguous(file: fileName, role: role.label, columns: [header[earlier], name])
            }
            found[role] = index
        }
        guard let email = found[.email] else {
            throw HeaderError.missingEmail(file: fileName, headersFound: header)
        }
        var columns = InviteColumns(email: email, firstName: found[.firstName], lastName: found[.lastName])
        if columns.firstName == nil, columns.lastName == nil {
            columns.fullName = found[.fullName]
        }
        columns.ignored = header.indices.filter { index in
            ![columns.email, columns.firstName, columns.lastName, columns.fullName].contains(index)
        }.map { header[$0] }
        return columns
    }

    /// Lowercase letters and digits only.
    static func normalise(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}

/// A header that cannot be used for invites.
public enum HeaderError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingEmail(file: String, headersFound: [String])
    case ambiguous(file: String, role: String, columns: [String])

    public var description: String {
        switch self {
        case .missingEmail(let file, let headers):
            let list = headers.isEmpty ? "none" : headers.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file): no email column; headers found: \(list) (expected one named Email, E-mail Address, email_address or mail)"
        case .ambiguous(let file, let role, let columns):
            let list = columns.map { "\"\($0)\"" }.joined(separator: " and ")
            return "\(file): columns \(list) both look like the \(role); keep one or rename the other"
        }
    }
}
