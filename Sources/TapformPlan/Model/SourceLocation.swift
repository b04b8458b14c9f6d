/// A position in an assessment file, 1-based, used for annotations and for mapping API field errors
/// back to `file:line:col`.
public struct SourceLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the prefix of every diagnostic.
    public var description: String { "\(file):\(line):\(column)" }
}

/// The keys of an assessment file that the plan can point at. Raw values are the YAML keys.
public enum SpecKey: String, Codable, Sendable, Hashable, CaseIterable {
    case id, name, renamedFrom, role, purpose, durationMinutes, language, skills, job
    case emailVerification, evaluateCEFR, status, protect, questions, generate
}

/// The fields of a question a plan can change. Raw values are the YAML keys.
public enum QuestionKey: String, Codable, Sendable, Hashable, CaseIterable {
    case text, timeLimitSeconds, idealAnswer
}
