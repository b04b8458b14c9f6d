import TaptalentContract

/// An assessment as the account's list returns it (no questions). Fields keep their wire meaning.
public struct RemoteAssessmentSummary: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var status: AssessmentStatus
    public var questionCount: Int
    public var submissionCount: Int
    /// Epoch milliseconds.
    public var lastUpdatedOn: Int64?

    public init(
        id: String, name: String, status: AssessmentStatus = .active, questionCount: Int = 0,
        submissionCount: Int = 0, lastUpdatedOn: Int64? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.questionCount = questionCount
        self.submissionCount = submissionCount
        self.lastUpdatedOn = lastUpdatedOn
    }
}

/// One assessment fetched with its questions. Optional fields are those the service may leave out;
/// the normal form fills their defaults.
public struct RemoteAssessment: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var role: String?
    public var purpose: String?
    public var durationMinutes: Int?
    public var language: String?
    public var skills: [String]
    public var job: String?
    public var emailVerification: Bool?
    public var evaluateCEFR: Bool?
    public var status: AssessmentStatus
    public var questions: [RemoteQuestion]
    public var submissionCount: Int
    /// Epoch milliseconds.
    public var lastUpdatedOn: Int64?

    public init(
        id: String, name: String, role: String? = nil, purpose: String? = nil,
        durationMinutes: Int? = nil, language: String? = nil, skills: [String] = [], job: String? = nil,
        emailVerification: Bool? = nil, evaluateCEFR: Bool? = nil, status: AssessmentStatus = .active,
        questions: [RemoteQuestion] = [], submissionCount: Int = 0, lastUpdatedOn: Int64? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.purpose = purpose
        self.durationMinutes = durationMinutes
        self.language = language
        self.skills = skills
        self.job = job
        self.emailVerification = emailVerification
        self.evaluateCEFR = evaluateCEFR
        self.status = status
        self.questions = questions
        self.submissionCount = submissionCount
        self.lastUpdatedOn = lastUpdatedOn
    }

    /// The questions in their remote order (by `order`, ties kept as listed).
    public var orderedQuestions: [RemoteQuestion] {
        if zip(questions, questions.dropFirst()).allSatisfy({ $0.order <= $1.order }) { return questions }
        return questions.enumerated()
            .sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element)
    }
}

/// One remote question.
public struct RemoteQuestion: Codable, Sendable, Hashable {
    public var id: String
    public var text: String
    public var timeLimitSeconds: Int?
    public var idealAnswer: String?
    /// 1-based position.
    public var order: Int

    public init(id: String, text: String, timeLimitSeconds: Int? = nil, idealAnswer: String? = nil, order: Int) {
        self.id = id
        self.text = text
        self.timeLimitSeconds = timeLimitSeconds
        self.idealAnswer = idealAnswer
        self.order = order
    }
}
