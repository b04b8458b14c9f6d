import TaptalentContract

/// One question, resolved, with the position of the question and of each field.
public struct QuestionSpec: Sendable, Hashable {
    public var text: Located<String>
    /// Defaults to 120 (`isDefault` then true).
    public var timeLimitSeconds: Located<Int>
    public var idealAnswer: Located<String>?
    /// Where the question's `- ` item starts (in the assessment file or in a template).
    public var location: SourceLocation
}

/// `generate: {count: N}`: questions are generated on creation instead of written in the file.
public struct GenerateSpec: Sendable, Hashable {
    public var count: Located<Int>
    public var location: SourceLocation
}

/// One assessment file, fully resolved: templates applied, vars substituted, defaults filled. Strings are as
/// written (not trimmed or normalised; that is the plan's normal form), except `language` (lower-cased) and
/// `job`/`id` (numbers turned into their decimal text).
public struct AssessmentSpec: Sendable, Hashable {
    /// Path of the file, relative to the project root.
    public var file: String
    /// Where the file's top-level mapping starts; defaults point here.
    public var location: SourceLocation
    public var name: Located<String>
    public var renamedFrom: [Located<String>]
    public var id: Located<String>?
    public var role: Located<String>
    public var purpose: Located<String>?
    public var durationMinutes: Located<Int>
    public var language: Located<String>
    public var skills: [Located<String>]
    public var job: Located<String>?
    public var emailVerification: Located<Bool>
    public var evaluateCEFR: Located<Bool>
    public var status: Located<AssessmentStatus>
    public var protect: Located<Bool>
    /// The templates applied, outermost first, as written in `extends` (nested templates are not listed).
    public var extends: [Located<String>]
    /// The resolved variables (file over templates).
    public var vars: [String: String]
    /// The questions; nil when the file (or its templates) uses `generate` instead.
    public var questions: [QuestionSpec]?
    public var generate: GenerateSpec?
    /// The position of every key of the resolved tree (in this file or a template), by key name.
    public var keyLocations: [String: SourceLocation]
    /// Where `questions:` (or `generate:`) sits in this very file, for `pull` to rewrite it.
    public var questionsBlock: QuestionsBlock
}

/// Where the questions live in an assessment file's text, so `pull`/`generate` can rewrite only them.
public struct QuestionsBlock: Sendable, Hashable {
    /// A top-level key's block: from the first byte of the key's line to the end of its last content line
    /// (trailing blank lines and column-1 comments before the next key are not part of it).
    public struct Range: Sendable, Hashable {
        /// 1-based, end exclusive.
        public var lines: Swift.Range<Int>
        /// UTF-8 byte offsets into the file, end exclusive.
        public var bytes: Swift.Range<Int>
    }

    /// The `questions:` block written in this file, if any.
    public var questions: Range?
    /// The `generate:` block written in this file, if any.
    public var generate: Range?
    /// Where a new block goes when neither exists: the end of the file (UTF-8 byte offset).
    public var insertionOffset: Int
    /// False when the top level is not a block mapping (e.g. `{name: x}`): then the file cannot be rewritten.
    public var isRewritable: Bool
}
