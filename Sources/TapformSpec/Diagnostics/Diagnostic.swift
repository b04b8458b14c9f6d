import TaptalentContract

/// One problem found in the input: always with a file and, when known, a line and column.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// Path relative to the project root.
    public var file: String
    /// 1-based; 0 when the problem has no line (a missing file, for instance).
    public var line: Int
    /// 1-based, in Unicode scalars; 0 when unknown.
    public var column: Int
    /// A suggestion, e.g. `did you mean "durationMinutes"?`.
    public var hint: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String,
        file: String, line: Int, column: Int, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.hint = hint
    }

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        hint: String? = nil
    ) {
        self.init(severity, code, message, file: location.file, line: location.line, column: location.column,
                  hint: hint)
    }

    public var isError: Bool { severity == .error }

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

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }

    /// Sorted, with exact duplicates (the same problem reached through two files sharing a template) removed.
    public func sortedUnique() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sorted().filter { seen.insert($0).inserted }
    }
}
