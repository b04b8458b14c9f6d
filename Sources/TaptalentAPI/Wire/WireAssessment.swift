// Response and request bodies for assessments and questions. The CodingKeys are the wire field names.
// Response types make every field but the id optional, so a live service that leaves one out decodes;
// `doctor` reports such gaps against the contract.

public struct WireQuestion: Codable, Sendable, Hashable {
    @WireID public var questionId: String
    public var question: String
    public var timeLimit: Int?
    public var idealAnswer: String?
    public var order: Int?

    public init(questionId: String, question: String, timeLimit: Int?, idealAnswer: String?, order: Int?) {
        self.questionId = questionId
        self.question = question
        self.timeLimit = timeLimit
        self.idealAnswer = idealAnswer
        self.order = order
    }

    public enum CodingKeys: String, CodingKey {
        case questionId, question, timeLimit, idealAnswer, order
    }

    // idealAnswer is written as an explicit null when absent, as the service does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(questionId, forKey: .questionId)
        try container.encode(question, forKey: .question)
        try container.encodeIfPresent(timeLimit, forKey: .timeLimit)
        try container.encode(idealAnswer, forKey: .idealAnswer)
        try container.encodeIfPresent(order, forKey: .order)
    }
}

public struct WirePostedBy: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case firstName, lastName, email, clientId
    }

    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var clientId: WireID?

    public init(firstName: String?, lastName: String?, email: String?, clientId: String?) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.clientId = clientId.map { WireID($0) }
    }
}

public struct WireAssessment: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case assessmentId, testName, companyId, jobId, status, assessmentType, questionCount, hiringForRole
        case purposeOfInterview, duration, aiLanguage, skills, buckets, createdAt, lastUpdatedOn, createdBy
        case isEmailVerificationRequired, shouldEvaluateCEFR, assessmentUrl, postedBy, submissionCount, questions
    }

    @WireID public var assessmentId: String
    public var testName: String
    public var companyId: WireID?
    public var jobId: WireID?
    public var status: String?
    public var assessmentType: String?
    public var questionCount: Int?
    public var hiringForRole: String?
    public var purposeOfInterview: String?
    public var duration: Int?
    public var aiLanguage: String?
    public var skills: [String]?
    public var buckets: JSONValue?
    @WireTimestamp public var createdAt: Int64?
    @WireTimestamp public var lastUpdatedOn: Int64?
    public var createdBy: String?
    public var isEmailVerificationRequired: Bool?
    public var shouldEvaluateCEFR: Bool?
    public var assessmentUrl: String?
    public var postedBy: WirePostedBy?
    public var submissionCount: Int?
    /// Present on GET one, create, update and auto-generate; absent on list items.
    public var questions: [WireQuestion]?

    public init(
        assessmentId: String, testName: String, companyId: String? = nil, jobId: WireID? = nil,
        status: String? = nil, assessmentType: String? = nil, questionCount: Int? = nil,
        hiringForRole: String? = nil, purposeOfInterview: String? = nil, duration: Int? = nil,
        aiLanguage: String? = nil, skills: [String]? = nil, buckets: JSONValue? = nil,
        createdAt: Int64? = nil, lastUpdatedOn: Int64? = nil, createdBy: String? = nil,
        isEmailVerificationRequired: Bool? = nil, shouldEvaluateCEFR: Bool? = nil,
        assessmentUrl: String? = nil, postedBy: WirePostedBy? = nil, submissionCount: Int? = nil,
        questions: [WireQuestion]? = nil
    ) {
        self.assessmentId = assessmentId
        self.testName = testName
        self.companyId = companyId.map { WireID($0) }
        self.jobId = jobId
        self.status = status
        self.assessmentType = assessmentType
        self.questionCount = questionCount
        self.hiringForRole = hiringForRole
        self.purposeOfInterview = purposeOfInterview
        self.duration = duration
        self.aiLanguage = aiLanguage
        self.skills = skills
        self.buckets = buckets
        self.createdAt = createdAt
        self.lastUpdatedOn = lastUpdatedOn
        self.createdBy = createdBy
        self.isEmailVerificationRequired = isEmailVerificationRequired
        self.shouldEvaluateCEFR = shouldEvaluateCEFR
        self.assessmentUrl = assessmentUrl
        self.postedBy = postedBy
        self.submissionCount = submissionCount
        self.questions = questions
    }
}

public struct WirePagination: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case page, limit, total
    }

    public var page: Int
    public var limit: Int
    public var total: Int

    public init(page: Int, limit: Int, total: Int) {
        self.page = page
        self.limit = limit
        self.total = total
    }
}

/// `GET /assessment` data.
public struct WireAssessmentList: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case assessments, pagination
    }

    public var assessments: [WireAssessment]
    public var pagination: WirePagination

    public init(assessments: [WireAssessment], pagination: WirePagination) {
        self.assessments = assessments
        self.pagination = pagination
    }
}

/// A question in a create body, or the body of `POST .../questions` and (partially) `PUT .../questions/:id`.
/// Fields left `nil` are left out of the body.
public struct QuestionBody: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case question, timeLimit, idealAnswer, order
    }

    public var question: String?
    public var timeLimit: Int?
    public var idealAnswer: Nullable<String>?
    public var order: Int?

    public init(question: String? = nil, timeLimit: Int? = nil, idealAnswer: Nullable<String>? = nil, order: Int? = nil) {
        self.question = question
        self.timeLimit = timeLimit
        self.idealAnswer = idealAnswer
        self.order = order
    }
}

/// The writable assessment fields: the body of `POST /assessment/audio-interviews` (with `questions`),
/// of `PUT /assessment/:id` (partial: `nil` fields are left out), and the base of auto-generate.
public struct AssessmentBody: Codable, Sendable, Hashable {
    public var testName: String?
    public var jobId: Nullable<String>?
    public var status: String?
    public var hiringForRole: String?
    public var purposeOfInterview: Nullable<String>?
    public var duration: Int?
    public var aiLanguage: String?
    public var skills: [String]?
    public var isEmailVerificationRequired: Bool?
    public var shouldEvaluateCEFR: Bool?
    /// Create only.
    public var questions: [QuestionBody]?

    public init(
        testName: String? = nil, jobId: Nullable<String>? = nil, status: String? = nil,
        hiringForRole: String? = nil, purposeOfInterview: Nullable<String>? = nil, duration: Int? = nil,
        aiLanguage: String? = nil, skills: [String]? = nil, isEmailVerificationRequired: Bool? = nil,
        shouldEvaluateCEFR: Bool? = nil, questions: [QuestionBody]? = nil
    ) {
        self.testName = testName
        self.jobId = jobId
        self.status = status
        self.hiringForRole = hiringForRole
        self.purposeOfInterview = purposeOfInterview
        self.duration = duration
        self.aiLanguage = aiLanguage
        self.skills = skills
        self.isEmailVerificationRequired = isEmailVerificationRequired
        self.shouldEvaluateCEFR = shouldEvaluateCEFR
        self.questions = questions
    }

    /// The field names, declared with the settings table in TaptalentContract.
    public typealias CodingKeys = AssessmentBodyKey

    /// True when no field is set (an update with nothing to send).
    public var isEmpty: Bool { self == AssessmentBody() }
}

/// `POST /assessment/auto-generate`: the create fields (without questions) plus the question count.
public struct AutoGenerateBody: Codable, Sendable, Hashable {
    public var assessment: AssessmentBody
    public var numberOfQuestions: Int?

    public init(assessment: AssessmentBody, numberOfQuestions: Int?) {
        self.assessment = assessment
        self.numberOfQuestions = numberOfQuestions
    }

    public enum CodingKeys: String, CodingKey { case numberOfQuestions }

    public init(from decoder: any Decoder) throws {
        assessment = try AssessmentBody(from: decoder)
        numberOfQuestions = try decoder.container(keyedBy: CodingKeys.self)
            .decodeIfPresent(Int.self, forKey: .numberOfQuestions)
    }

    public func encode(to encoder: any Encoder) throws {
        try assessment.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(numberOfQuestions, forKey: .numberOfQuestions)
    }
}

/// `POST /assessment/:id/generate-questions` body.
public struct GenerateQuestionsBody: Codable, Sendable, Hashable {
    public var numberOfQuestions: Int?
    public init(numberOfQuestions: Int?) { self.numberOfQuestions = numberOfQuestions }
}

/// `POST /assessment/:id/generate-questions` data.
public struct WireGeneratedQuestions: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey { case questions }

    public var questions: [WireQuestion]
    public init(questions: [WireQuestion]) { self.questions = questions }
}

/// `DELETE /assessment/:id/questions/:qid` data.
public struct WireDeleted: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey { case deleted }

    public var deleted: Bool
    public init(deleted: Bool) { self.deleted = deleted }
}

/// The ids, status and question order of an assessment answer, read even when the rest of it does not
/// decode (a field of the wrong type): `doctor --write` goes on with the next endpoint, and sets what it
/// created inactive.
public struct WireAssessmentIdentity: Decodable, Sendable, Hashable {
    @WireID public var assessmentId: String
    public var status: String?
    public var questions: [WireQuestionIdentity]?
}

/// The id, text and order of a question in an answer that may not decode whole (`WireAssessmentIdentity`).
public struct WireQuestionIdentity: Decodable, Sendable, Hashable {
    @WireID public var questionId: String
    public var question: String?
    public var order: Int?
}
