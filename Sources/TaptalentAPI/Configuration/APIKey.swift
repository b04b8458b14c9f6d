import Foundation

/// A Taptalent API key. The value is only ever read to build the `Authorization` header: `description`,
/// `debugDescription`, `dump` and string interpolation all show `[REDACTED]`.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    /// Wraps a key, trimming surrounding whitespace (keys read from files often end in a newline).
    public init(_ value: String) {
        secret = value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public var description: String { "[REDACTED]" }
    public var debugDescription: String { "APIKey([REDACTED])" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// True when the key is empty (after trimming).
    public var isEmpty: Bool { secret.isEmpty }

    /// Whether the key is a live or a test key, by its documented prefix; `nil` when it has neither.
    public var kind: Kind? {
        if secret.hasPrefix(Self.livePrefix) { return .live }
        if secret.hasPrefix(Self.testPrefix) { return .test }
        return nil
    }

    public enum Kind: String, Sendable { case live, test }

    /// A sentence explaining why the key does not look like a Taptalent key (`sk_live_` or `sk_test_`
    /// followed by 22 letters and digits), or `nil` when it does. Never includes the key.
    public var formatProblem: String? {
        if secret.isEmpty { return "the API key is empty" }
        guard let kind else { return "the API key does not start with \(Self.livePrefix) or \(Self.testPrefix)" }
        let rest = secret.dropFirst(kind == .live ? Self.livePrefix.count : Self.testPrefix.count)
        let alphanumeric = rest.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        if rest.count != 22 || !alphanumeric {
            return "the API key should have 22 letters and digits after its prefix, it has \(rest.count) characters"
        }
        return nil
    }

    static let livePrefix = "sk_live_"
    static let testPrefix = "sk_test_"

    /// The header value sent to the server. Internal: nothing outside the transport reads the secret.
    var authorizationHeaderValue: String { WireHeader.bearerPrefix + secret }

    /// Replaces every occurrence of the key in `text` with `[REDACTED]` (for server messages and log lines).
    func redact(_ text: String) -> String {
        guard secret.count >= 4 else { return text }
        return text.replacingOccurrences(of: secret, with: "[REDACTED]")
    }
}
