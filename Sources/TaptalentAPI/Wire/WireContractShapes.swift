import TaptalentContract

// The contract's response shapes, field by field, for `doctor`'s contract check. Field names are the
// CodingKeys of the types in this folder (the jobs' still literals: a test encodes each type and compares).

/// The expected JSON shape of a response value.
public indirect enum WireShape: Sendable, Hashable {
    case string
    case integer
    case number
    case boolean
    /// Any JSON value (passed through, never checked).
    case any
    /// A string from a fixed set.
    case oneOf([String])
    case array(WireShape)
    case object([WireField])
    /// The shape, or JSON `null`.
    case nullable(WireShape)
    /// Either shape (e.g. an id sent as a string or as a number).
    case either(WireShape, WireShape)
}

/// One field of an object shape.
public struct WireField: Sendable, Hashable {
    public var name: String
    public var shape: WireShape
    /// A documented field the response must carry; an optional one is checked only when present.
    public var required: Bool

    public init(_ name: String, _ shape: WireShape, required: Bool = true) {
        self.name = name
        self.shape = shape
        self.required = required
    }

    /// The field a wire type's coding key names.
    public init(_ key: some CodingKey, _ shape: WireShape, required: Bool = true) {
        self.init(key.stringValue, shape, required: required)
    }
}

public enum WireShapes {
    private typealias QuestionKey = WireQuestion.CodingKeys
    private typealias PostedByKey = WirePostedBy.CodingKeys
    private typealias AssessmentKey = WireAssessment.CodingKeys
    private typealias PaginationKey = WirePagination.CodingKeys
    private typealias AssessmentListKey = WireAssessmentList.CodingKeys
    private typealias CandidateKey = WireCandidate.CodingKeys
    private typealias CandidateListKey = WireCandidateList.CodingKeys

    public static let question = WireShape.object([
        WireField(QuestionKey.questionId, .string), WireField(QuestionKey.question, .string), WireField(QuestionKey.timeLimit, .integer),
        WireField(QuestionKey.idealAnswer, .nullable(.string)), WireField(QuestionKey.order, .integer),
    ])

    public static let postedBy = WireShape.object([
        WireField(PostedByKey.firstName, .nullable(.string)), WireField(PostedByKey.lastName, .nullable(.string)),
        WireField(PostedByKey.email, .nullable(.string)), WireField(PostedByKey.clientId, .nullable(.string)),
    ])

    /// The fields of a list item (no questions).
    public static let assessmentFields: [WireField] = [
        WireField(AssessmentKey.assessmentId, .string), WireField(AssessmentKey.testName, .string), WireField(AssessmentKey.companyId, .string),
        WireField(AssessmentKey.jobId, .nullable(.string)), WireField(AssessmentKey.status, .oneOf(WireStatus.all)),
        WireField(AssessmentKey.assessmentType, .oneOf([WireAssessmentType.audioInterview, WireAssessmentType.quiz])),
        WireField(AssessmentKey.questionCount, .integer), WireField(AssessmentKey.hiringForRole, .string),
        WireField(AssessmentKey.purposeOfInterview, .nullable(.string)), WireField(AssessmentKey.duration, .integer),
        WireField(AssessmentKey.aiLanguage, .oneOf(WireLimits.languages)), WireField(AssessmentKey.skills, .array(.string)),
        WireField(AssessmentKey.buckets, .array(.any)), WireField(AssessmentKey.createdAt, .integer), WireField(AssessmentKey.lastUpdatedOn, .integer),
        WireField(AssessmentKey.createdBy, .string), WireField(AssessmentKey.isEmailVerificationRequired, .boolean),
        WireField(AssessmentKey.shouldEvaluateCEFR, .boolean), WireField(AssessmentKey.assessmentUrl, .string),
        WireField(AssessmentKey.postedBy, postedBy), WireField(AssessmentKey.submissionCount, .integer),
    ]

    public static let assessmentListItem = WireShape.object(assessmentFields)
    /// GET one, create, update, auto-generate: the list item plus its questions.
    public static let assessmentDetail = WireShape.object(assessmentFields + [WireField(AssessmentKey.questions, .array(question))])

    public static let pagination = WireShape.object([
        WireField(PaginationKey.page, .integer), WireField(PaginationKey.limit, .integer), WireField(PaginationKey.total, .integer),
    ])

    public static let assessmentList = WireShape.object([
        WireField(AssessmentListKey.assessments, .array(assessmentListItem)), WireField(AssessmentListKey.pagination, pagination),
    ])

    public static let candidate = WireShape.object([
        WireField(CandidateKey.candidateId, .string), WireField(CandidateKey.email, .string),
        WireField(CandidateKey.firstName, .nullable(.string)), WireField(CandidateKey.lastName, .nullable(.string)),
        WireField(CandidateKey.status, .oneOf([WireCandidateStatus.completed])), WireField(CandidateKey.score, .number),
        WireField(CandidateKey.cefrLevel, .nullable(.string)), WireField(CandidateKey.submittedAt, .integer), WireField(CandidateKey.reportUrl, .string),
    ])

    public static let candidateList = WireShape.object([
        WireField(CandidateListKey.candidates, .array(candidate)), WireField(CandidateListKey.pagination, pagination),
    ])

    public static let job = WireShape.object([
        WireField("id", .either(.string, .integer)), WireField("title", .string), WireField("city", .string),
        WireField("state", .string), WireField("country", .string), WireField("status", .oneOf(WireJobStatus.all)),
        WireField("workMode", .nullable(.oneOf(WireWorkMode.all)), required: false),
        WireField("description", .nullable(.string), required: false),
    ])

    public static let jobList = WireShape.object([WireField("jobs", .array(job)), WireField("totalJobs", .integer)])
}
