/// A stable kebab-case identifier of a kind of problem. Scripts and CI may match on these; they never change
/// meaning once released.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    // Reading files
    public static let notUTF8: DiagnosticCode = "not-utf8"
    public static let fileTooLarge: DiagnosticCode = "file-too-large"
    public static let unreadableFile: DiagnosticCode = "unreadable-file"
    public static let emptyFile: DiagnosticCode = "empty-file"
    public static let pathEscape: DiagnosticCode = "path-escape"
    // YAML structure
    public static let yamlSyntax: DiagnosticCode = "yaml-syntax"
    public static let tabIndentation: DiagnosticCode = "tab-indentation"
    public static let multipleDocuments: DiagnosticCode = "multiple-documents"
    public static let duplicateKey: DiagnosticCode = "duplicate-key"
    public static let aliasLimit: DiagnosticCode = "alias-limit"
    public static let tooDeep: DiagnosticCode = "too-deep"
    public static let tooManyNodes: DiagnosticCode = "too-many-nodes"
    public static let unsupportedVersion: DiagnosticCode = "unsupported-version"
    // Keys and values
    public static let unknownKey: DiagnosticCode = "unknown-key"
    public static let missingKey: DiagnosticCode = "missing-key"
    public static let wrongType: DiagnosticCode = "wrong-type"
    public static let invalidValue: DiagnosticCode = "invalid-value"
    public static let outOfRange: DiagnosticCode = "out-of-range"
    public static let tooLong: DiagnosticCode = "too-long"
    public static let tooShort: DiagnosticCode = "too-short"
    public static let tooMany: DiagnosticCode = "too-many"
    public static let conflictingKeys: DiagnosticCode = "conflicting-keys"
    public static let duplicateSkill: DiagnosticCode = "duplicate-skill"
    public static let duplicateQuestion: DiagnosticCode = "duplicate-question"
    // Across files
    public static let duplicateName: DiagnosticCode = "duplicate-name"
    public static let duplicateID: DiagnosticCode = "duplicate-id"
    /// A flow step names an assessment no file declares (a warning: it may be in the account).
    public static let unknownAssessment: DiagnosticCode = "unknown-assessment"
    // Templates and vars
    public static let unknownTemplate: DiagnosticCode = "unknown-template"
    public static let ambiguousTemplate: DiagnosticCode = "ambiguous-template"
    public static let templateCycle: DiagnosticCode = "template-cycle"
    public static let unknownVar: DiagnosticCode = "unknown-var"
    public static let unusedVar: DiagnosticCode = "unused-var"
    public static let varSyntax: DiagnosticCode = "var-syntax"
    public static let invalidName: DiagnosticCode = "invalid-name"
    // Project config
    public static let reservedName: DiagnosticCode = "reserved-name"
    public static let unknownEnvironment: DiagnosticCode = "unknown-environment"
    public static let invalidURL: DiagnosticCode = "invalid-url"
    public static let insecureURL: DiagnosticCode = "insecure-url"
    public static let secretInConfig: DiagnosticCode = "secret-in-config"
    // Plans
    /// A plan's error or warning (the plan's JSON carries no code: the message says what it is).
    public static let plan: DiagnosticCode = "plan"
}
