import TaptalentContract

/// One assessment as a file declares it, after templates and vars are resolved. The lead maps the
/// typed YAML spec into this; the plan engine never reads files.
public struct DesiredAssessment: Sendable, Hashable {
    public var name: String
    public var renamedFrom: [String]
    /// `id:` pinned in the file: matches that remote assessment whatever its name.
    public var pinnedId: String?
    public var role: String
    public var purpose: String?
    public var durationMinutes: Int
    public var language: String
    public var skills: [String]
    public var job: String?
    public var emailVerification: Bool
    public var evaluateCEFR: Bool
    public var status: AssessmentStatus
    /// Refuse question deletions and deactivation, whatever the options.
    public var protect: Bool
    /// `nil` when the file uses `generate:`: the remote owns the questions then.
    public var questions: [DesiredQuestion]?
    /// `generate: {count:}`; used only when the assessment is created.
    public var generateCount: Int?
    /// The file the assessment comes from, as it should appear in messages (repository-relative).
    public var filePath: String
    /// Where each key is written; a missing key falls back to the top of the file.
    public var locations: [SpecKey: SourceLocation]

    public init(
        name: String, renamedFrom: [String] = [], pinnedId: String? = nil, role: String,
        purpose: String? = nil, durationMinutes: Int = WireLimits.defaultDurationMinutes, language: String = WireLimits.defaultLanguage,
        skills: [String] = [], job: String? = nil, emailVerification: Bool = false,
        evaluateCEFR: Bool = false, status: AssessmentStatus = .active, protect: Bool = false,
        questions: [DesiredQuestion]? = [], generateCount: Int? = nil, filePath: String,
        locations: [SpecKey: SourceLocation] = [:]
    ) {
        self.name = name
        self.renamedFrom = renamedFrom
        self.pinnedId = pinnedId
        self.role = role
        self.purpose = purpose
        self.durationMinutes = durationMinutes
        self.language = language
        self.skills = skills
        self.job = job
        self.emailVerification = emailVerification
        self.evaluateCEFR = evaluateCEFR
        self.status = status
        self.protect = protect
        self.questions = questions
        self.generateCount = generateCount
        self.filePath = filePath
        self.locations = locations
    }

    /// The location of `key`, else of the file's first line.
    public func location(of key: SpecKey) -> SourceLocation {
        locations[key] ?? locations[.name] ?? SourceLocation(file: filePath, line: 1, column: 1)
    }
}

/// One question as a file declares it.
public struct DesiredQuestion: Sendable, Hashable {
    public var text: String
    public var timeLimitSeconds: Int
    public var idealAnswer: String?
    /// Where the question's list item starts.
    public var location: SourceLocation?
    /// Where each of its keys is written, when known.
    public var fieldLocations: [QuestionKey: SourceLocation]

    public init(
        text: String, timeLimitSeconds: Int = WireLimits.defaultTimeLimitSeconds, idealAnswer: String? = nil,
        location: SourceLocation? = nil, fieldLocations: [QuestionKey: SourceLocation] = [:]
    ) {
        self.text = text
        self.timeLimitSeconds = timeLimitSeconds
        self.idealAnswer = idealAnswer
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// The location of `key`, else of the question.
    public func location(of key: QuestionKey) -> SourceLocation? {
        fieldLocations[key] ?? location
    }
}
