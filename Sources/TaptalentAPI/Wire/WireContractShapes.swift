// The contract's response shapes, field by field, for `doctor`'s contract check. Field names here must
// match the CodingKeys of the types in this folder (a test encodes each type and compares).

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
}

public enum WireShapes {
    public static let question = WireShape.object([
        WireField("questionId", .string), WireField("question", .string), WireField("timeLimit", .integer),
        WireField("idealAnswer", .nullable(.string)), WireField("order", .integer),
    ])

    public static let postedBy = WireShape.object([
        WireField("firstName", .nullable(.string)), WireField("lastName", .nullable(.string)),
        WireField("email", .nullable(.string)), WireField("clientId", .nullable(.string)),
    ])

    /// The fields of a list item (no questions).
    public static let assessmentFields: [WireField] = [
        WireField("assessmentId", .string), WireField("testName", .string), WireField("companyId", .string),
        WireField("jobId", .nullable(.string)), WireField("status", .oneOf(WireStatus.all)),
        WireField("assessmentType", .oneOf([WireAssessmentType.audioInterview, WireAssessmentType.quiz])),
        WireField("questionCount", .integer), WireField("hiringForRole", .string),
        WireField("purposeOfInterview", .nullable(.string)), WireField("duration", .integer),
        WireField("aiLanguage", .oneOf(WireLimits.languages)), WireField("skills", .array(.string)),
        WireField("buckets", .array(.any)), WireField("createdAt", .integer), WireField("lastUpdatedOn", .integer),
        WireField("createdBy", .string), WireField("isEmailVerificationRequired", .boolean),
        WireField("shouldEvaluateCEFR", .boolean), WireField("assessmentUrl", .string),
        WireField("postedBy", postedBy), WireField("submissionCount", .integer),
    ]

    public static let assessmentListItem = WireShape.object(assessmentFields)
    /// GET one, create, update, auto-generate: the list item plus its questions.
    public static let assessmentDetail = WireShape.object(assessmentFields + [WireField("questions", .array(question))])

    public static let pagination = WireShape.object([
        WireField("page", .integer), WireField("limit", .integer), WireField("total", .integer),
    ])

    public static let assessmentList = WireShape.object([
        WireField("assessments", .array(assessmentListItem)), WireField("pagination", pagination),
    ])

    public static let candidate = WireShape.object([
        WireField("candidateId", .string), WireField("email", .string),
        WireField("firstName", .nullable(.string)), WireField("lastName", .nullable(.string)),
        WireField("status", .oneOf([WireCandidateStatus.completed])), WireField("score", .number),
        WireField("cefrLevel", .nullable(.string)), WireField("submittedAt", .integer), WireField("reportUrl", .string),
    ])

    public static let candidateList = WireShape.object([
        WireField("candidates", .array(candidate)), WireField("pagination", pagination),
    ])

    public static let job = WireShape.object([
        WireField("id", .either(.string, .integer)), WireField("title", .string), WireField("city", .string),
        WireField("state", .string), WireField("country", .string), WireField("status", .oneOf(WireJobStatus.all)),
        WireField("workMode", .nullable(.oneOf(WireWorkMode.all)), required: false),
        WireField("description", .nullable(.string), required: false),
    ])

    public static let jobList = WireShape.object([WireField("jobs", .array(job)), WireField("totalJobs", .integer)])
}
