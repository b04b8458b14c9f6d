/// One problem found in the project's files or in a plan: its severity, a stable code, the message, where it
/// is (when known) and a hint. `validate` reports the spec's diagnostics, which always name a file; a plan's
/// errors and warnings point at a file when there is one.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// Where the problem is; `nil` for a plan's problem that concerns no file. A spec diagnostic always has
    /// one, with line 0 when the problem has no line (a missing file, for instance) and column 0 when unknown.
    public var location: SourceLocation?
    /// A suggestion, e.g. `did you mean "durationMinutes"?`.
    public var hint: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String,
        file: String, line: Int, column: Int, hint: String? = nil
    ) {
        self.init(severity, code, message, at: SourceLocation(file: file, line: line, column: column), hint: hint)
    }

    /// A plan's error or warning (code `plan`).
    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.init(severity, .plan, message, at: location)
    }

    /// Path relative to the project root; empty when there is no location.
    public var file: String { location?.file ?? "" }
    /// 1-based; 0 when the problem has no line.
    public var line: Int { location?.line ?? 0 }
    /// 1-based, in Unicode scalars; 0 when unknown.
    public var column: Int { location?.column ?? 0 }

    public var isError: Bool { severity == .error }

    /// `file:line:col: message`, or the message alone.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    /// Sorted by file, line, column, then errors before warnings, then code and message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

/// A plan's diagnostics are written as `{"message", "location"}` (the plan JSON's `diagnostic`): the array a
/// diagnostic stands in (`errors`, `warnings`) says its severity, and a plan's diagnostics carry no code or
/// hint. Reading one back takes its severity from the name of that array.
extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case message, location
    }

    /// The key of the array holding warnings in a plan's JSON.
    private static let warningsKey = "warnings"

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let array = decoder.codingPath.dropLast().last?.stringValue
        self.init(array == Self.warningsKey ? .warning : .error,
                  try container.decode(String.self, forKey: .message),
                  at: try container.decodeIfPresent(SourceLocation.self, forKey: .location))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(location, forKey: .location)
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }

    /// Sorted, with exact duplicates (the same problem reached through two files sharing a template) removed.
    public func sortedUnique() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sorted().filter { seen.insert($0).inserted }
    }
}
