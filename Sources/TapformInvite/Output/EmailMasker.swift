import Foundation

/// Masks addresses for logs: `john@example.com` → `j***@example.com` (first character of the local
/// part and the whole domain kept). Enabled when the `CI` environment variable is set to anything
/// but empty, `0` or `false`, as CI systems do.
public struct EmailMasker: Sendable, Hashable {
    public var isEnabled: Bool

    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Enabled when `CI` is set (and not empty, `0` or `false`).
    public init(environment: [String: String]) {
        let value = environment["CI"]?.trimmingCharacters(in: .whitespaces).lowercased()
        isEnabled = value.map { !["", "0", "false"].contains($0) } ?? false
    }

    /// `email` masked when enabled, unchanged otherwise.
    public func display(_ email: String) -> String {
        isEnabled ? Self.mask(email) : email
    }

    /// Always masks: `j***@example.com`; text without an `@` keeps only its first character.
    public static func mask(_ email: String) -> String {
        guard let at = email.lastIndex(of: "@") else {
            return (email.first.map(String.init) ?? "") + "***"
        }
        let local = email[..<at]
        return (local.first.map(String.init) ?? "") + "***" + email[at...]
    }
}
