import TaptalentContract

/// One API call of an apply, in the order it must run. Each carries everything the call needs.
/// Encoded as an object with a `kind` and the payload's fields.
public enum PlanStep: Codable, Sendable, Hashable {
    /// `POST /assessment/audio-interviews` with the questions inline.
    case createAssessment(CreateAssessmentStep)
    /// `POST /assessment/auto-generate`.
    case autoGenerate(AutoGenerateStep)
    /// `PUT /assessment/:id` with the changed fields only.
    case updateSettings(SettingsPatch)
    /// `DELETE /assessment/:id/questions/:questionId`.
    case deleteQuestion(DeleteQuestionStep)
    /// `PUT /assessment/:id/questions/:questionId` with the changed fields and/or a new `order`.
    case updateQuestion(UpdateQuestionStep)
    /// `POST /assessment/:id/questions`.
    case addQuestion(AddQuestionStep)

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case createAssessment, autoGenerate, updateSettings, deleteQuestion, updateQuestion, addQuestion
    }

    public var kind: Kind {
        switch self {
        case .createAssessment: .createAssessment
        case .autoGenerate: .autoGenerate
        case .updateSettings: .updateSettings
        case .deleteQuestion: .deleteQuestion
        case .updateQuestion: .updateQuestion
        case .addQuestion: .addQuestion
        }
    }

    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .kind)
        switch kind {
        case .createAssessment: self = .createAssessment(try CreateAssessmentStep(from: decoder))
        case .autoGenerate: self = .autoGenerate(try AutoGenerateStep(from: decoder))
        case .updateSettings: self = .updateSettings(try SettingsPatch(from: decoder))
        case .deleteQuestion: self = .deleteQuestion(try DeleteQuestionStep(from: decoder))
        case .updateQuestion: self = .updateQuestion(try UpdateQuestionStep(from: decoder))
        case .addQuestion: self = .addQuestion(try AddQuestionStep(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .createAssessment(let step): try step.encode(to: encoder)
        case .autoGenerate(let step): try step.encode(to: encoder)
        case .updateSettings(let patch): try patch.encode(to: encoder)
        case .deleteQuestion(let step): try step.encode(to: encoder)
        case .updateQuestion(let step): try step.encode(to: encoder)
        case .addQuestion(let step): try step.encode(to: encoder)
        }
    }
}

/// Create an assessment with its questions inline, in file order.
public struct CreateAssessmentStep: Codable, Sendable, Hashable {
    public var settings: AssessmentSettings
    public var questions: [QuestionContent]

    public init(settings: AssessmentSettings, questions: [QuestionContent]) {
        self.settings = settings
        self.questions = questions
    }
}

/// Create an assessment whose questions the service generates.
public struct AutoGenerateStep: Codable, Sendable, Hashable {
    public var settings: AssessmentSettings
    /// `numberOfQuestions`; `nil` lets the service use its default.
    public var count: Int?

    public init(settings: AssessmentSettings, count: Int?) {
        self.settings = settings
        self.count = count
    }
}

/// Delete one question; later questions move up.
public struct DeleteQuestionStep: Codable, Sendable, Hashable {
    public var questionId: String
    /// The deleted text, for messages.
    public var text: String

    public init(questionId: String, text: String) {
        self.questionId = questionId
        self.text = text
    }
}

/// Change one question's fields (nil fields unchanged) and, when `order` is set, move it there: it is
/// taken out and put back at that 1-based position, the others renumbered.
public struct UpdateQuestionStep: Codable, Sendable, Hashable {
    public var questionId: String
    public var text: String?
    public var timeLimitSeconds: Int?
    public var idealAnswer: NewValue<String>?
    public var order: Int?
    /// The question in the file, for mapping API field errors back.
    public var location: SourceLocation?

    public init(
        questionId: String, text: String? = nil, timeLimitSeconds: Int? = nil,
        idealAnswer: NewValue<String>? = nil, order: Int? = nil, location: SourceLocation? = nil
    ) {
        self.questionId = questionId
        self.text = text
        self.timeLimitSeconds = timeLimitSeconds
        self.idealAnswer = idealAnswer
        self.order = order
        self.location = location
    }
}

/// Add one question: at 1-based `order` (later ones shift down), or appended when `order` is nil.
public struct AddQuestionStep: Codable, Sendable, Hashable {
    public var content: QuestionContent
    public var order: Int?
    /// The question in the file, for mapping API field errors back.
    public var location: SourceLocation?

    public init(content: QuestionContent, order: Int?, location: SourceLocation? = nil) {
        self.content = content
        self.order = order
        self.location = location
    }
}
