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
    /// An id: a string, or an integer (the documentation shows both; `WireID`).
    case identifier
    /// A time: integer epoch milliseconds, or an ISO 8601 string (`WireTimestamp`).
    case timestamp
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
        WireField(QuestionKey.questionId, .identifier), WireField(QuestionKey.question, .string), WireField(QuestionKey.timeLimit, .integer),
        WireField(QuestionKey.idealAnswer, .nullable(.string)), WireField(QuestionKey.order, .integer),
    ])

    public static let postedBy = WireShape.object([
        WireField(PostedByKey.firstName, .nullable(.string)), WireField(PostedByKey.lastName, .nullable(.string)),
        WireField(PostedByKey.email, .nullable(.string)), WireField(PostedByKey.clientId, .nullable(.identifier)),
    ])

    /// The fields of a list item (no questions).
    public static let assessmentFields: [WireField] = [
        WireField(AssessmentKey.assessmentId, .identifier), WireField(AssessmentKey.testName, .string), WireField(AssessmentKey.companyId, .identifier),
        WireField(AssessmentKey.jobId, .nullable(.identifier)), WireField(AssessmentKey.status, .oneOf(WireStatus.all)),
        WireField(AssessmentKey.assessmentType, .oneOf([WireAssessmentType.audioInterview, WireAssessmentType.quiz])),
        WireField(AssessmentKey.questionCount, .integer), WireField(AssessmentKey.hiringForRole, .string),
        WireField(AssessmentKey.purposeOfInterview, .nullable(.string)), WireField(AssessmentKey.duration, .integer),
        WireField(AssessmentKey.aiLanguage, .oneOf(WireLimits.languages)), WireField(AssessmentKey.skills, .array(.string)),
        WireField(AssessmentKey.buckets, .array(.any)), WireField(AssessmentKey.createdAt, .timestamp), WireField(AssessmentKey.lastUpdatedOn, .timestamp),
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
        WireField(CandidateKey.candidateId, .identifier), WireField(CandidateKey.email, .string),
        WireField(CandidateKey.firstName, .nullable(.string)), WireField(CandidateKey.lastName, .nullable(.string)),
        WireField(CandidateKey.status, .oneOf([WireCandidateStatus.completed])), WireField(CandidateKey.score, .number),
        WireField(CandidateKey.cefrLevel, .nullable(.string)), WireField(CandidateKey.submittedAt, .timestamp), WireField(CandidateKey.reportUrl, .string),
    ])

    public static let candidateList = WireShape.object([
        WireField(CandidateListKey.candidates, .array(candidate)), WireField(CandidateListKey.pagination, pagination),
    ])

    public static let job = WireShape.object([
        WireField("id", .identifier), WireField("title", .string), WireField("city", .string),
        WireField("state", .string), WireField("country", .string), WireField("status", .oneOf(WireJobStatus.all)),
        WireField("workMode", .nullable(.oneOf(WireWorkMode.all)), required: false),
        WireField("description", .nullable(.string), required: false),
    ])

    public static let jobList = WireShape.object([WireField("jobs", .array(job)), WireField("totalJobs", .integer)])

    /// `POST /assessment/:id/invite` data.
    public static let inviteResult = WireShape.object([
        WireField(WireInviteResult.CodingKeys.email, .string),
        WireField(WireInviteResult.CodingKeys.status, .oneOf([WireInviteStatus.invited])),
        WireField(WireInviteResult.CodingKeys.invitedAt, .timestamp),
        WireField(WireInviteResult.CodingKeys.alreadyInvited, .boolean),
    ])

    /// `POST /assessment/:id/generate-questions` data.
    public static let generatedQuestions = WireShape.object([WireField(WireGeneratedQuestions.CodingKeys.questions, .array(question))])

    /// `DELETE /assessment/:id/questions/:qid` data.
    public static let deleted = WireShape.object([WireField(WireDeleted.CodingKeys.deleted, .boolean)])

    /// Every shape above, for walking the table.
    static let all: [WireShape] = [
        assessmentList, assessmentDetail, candidateList, jobList, job, inviteResult, generatedQuestions, deleted,
    ]

    /// The names of every field whose shape (or nullable shape) is `shape`, e.g. every id field.
    public static func fieldNames(ofShape shape: WireShape) -> Set<String> {
        var names: Set<String> = []
        func walk(_ current: WireShape) {
            switch current {
            case .array(let element), .nullable(let element): walk(element)
            case .object(let fields):
                for field in fields {
                    if field.shape == shape || field.shape == .nullable(shape) { names.insert(field.name) }
                    walk(field.shape)
                }
            default: break
            }
        }
        all.forEach(walk)
        return names
    }
}
