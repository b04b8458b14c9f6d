// Every wire name of the Taptalent Partner API that is not a Codable field name lives here:
// paths, query parameters, enum values, error codes, headers. Field names live in the CodingKeys of
// the wire types in TaptalentAPI; the assessment body's, shared with the settings table, in
// AssessmentSetting.swift. An assumed name that turns out wrong is a one-line fix in one of them.

public enum WirePath {
    public static let apiPrefix = "/v1/partner"

    public static let assessments = "assessment"
    public static let createAudioInterview = "assessment/audio-interviews"
    public static let autoGenerate = "assessment/auto-generate"
    public static func assessment(_ assessmentId: String) -> String { "assessment/\(assessmentId)" }
    public static func questions(_ assessmentId: String) -> String { "assessment/\(assessmentId)/questions" }
    public static func question(_ assessmentId: String, _ questionId: String) -> String {
        "assessment/\(assessmentId)/questions/\(questionId)"
    }
    public static func generateQuestions(_ assessmentId: String) -> String {
        "assessment/\(assessmentId)/generate-questions"
    }
    public static func invite(_ assessmentId: String) -> String { "assessment/\(assessmentId)/invite" }
    public static func candidates(_ assessmentId: String) -> String { "assessment/\(assessmentId)/candidates" }
    public static let jobs = "jobs"
    public static func job(_ jobId: String) -> String { "jobs/\(jobId)" }
    public static let flows = "assessment-flows"
    public static func flow(_ flowId: String) -> String { "assessment-flows/\(flowId)" }
    public static func flowCandidates(_ flowId: String) -> String { "assessment-flows/\(flowId)/candidates" }
    /// Assumed: assigning a candidate to a flow (the path is not published) is a POST to the flow's
    /// candidates, answered like the assessment invite (`alreadyInvited` included).
    public static func flowAssign(_ flowId: String) -> String { flowCandidates(flowId) }
}

/// The query of `GET /assessment-flows/:id/candidates` (documented): `page`, `pageSize` (or `perPage`),
/// `search`, `status`.
public enum WireFlowQuery {
    public static let page = "page"
    public static let pageSize = "pageSize"
    public static let perPage = "perPage"
    public static let search = "search"
    public static let status = "status"
    public static let defaultPageSize = 10
    public static let maxPageSize = 100
}

/// A flow candidate's `status` (documented values).
public enum WireFlowCandidateStatus {
    public static let notStarted = "NOT_STARTED"
    public static let inProgress = "IN_PROGRESS"
    public static let completed = "COMPLETED"
    public static let failed = "FAILED"
    public static let all = [notStarted, inProgress, completed, failed]
}

/// The flow rules, documented except where marked.
public enum WireFlowRules {
    /// `passThreshold`: a number from 0 to 100.
    public static let passThreshold = 0.0...100.0
    /// A flow needs at least one step.
    public static let minSteps = 1
    /// `status`: `ACTIVE` documented; `INACTIVE` assumed (how `--replace` retires the old flow, and how
    /// a run that lost a creation race retracts its copy).
    public static let statuses = WireStatus.all
    /// Assumed: `flowName` 3 to 200 characters after trimming (as an assessment's name).
    public static let flowNameLength = 3...200
    /// Assumed: `description` at most 2,000 characters; step `name` at most 200, `instructions` and
    /// `passAction` at most 2,000.
    public static let descriptionMaxLength = 2_000
    public static let stepNameMaxLength = 200
    public static let stepTextMaxLength = 2_000
    /// Assumed error rules: an unknown `assessmentId` or a threshold out of range is a 400 naming the
    /// field as `steps[N].passThreshold` (0-based N); a PATCH that changes or removes an existing step is a
    /// 400 naming `steps`.
    /// The step field the API accepts in place of `assessmentType` (documented).
    public static let stepTypeAlias = "type"
    public static func stepField(_ index: Int, _ key: String) -> String { "steps[\(index)].\(key)" }
}


public enum WireQuery {
    public static let pageNumber = "pageNumber"
    public static let perPage = "perPage"
    /// The only values `perPage` accepts; any other is a 400 INVALID_REQUEST.
    public static let allowedPerPage: [Int] = [10, 20, 40, 80, 100]
    public static let defaultPerPage = 10
    public static let maxPerPage = 100
}

public enum WireHeader {
    public static let authorization = "Authorization"
    public static let bearerPrefix = "Bearer "
    public static let contentType = "Content-Type"
    public static let json = "application/json"
    public static let retryAfter = "Retry-After"
}

/// Rules for the request itself rather than its fields (assumed: the contract says only that bodies are
/// JSON with `Content-Type: application/json` on POST and PUT).
public enum WireRequestRules {
    /// Assumed: a POST or PUT to the API that carries a body whose `Content-Type` is missing or not
    /// `application/json` (parameters such as `charset` allowed, case ignored) is a 400 `INVALID_REQUEST`
    /// whose `details` name the header, whatever the body holds. Nothing is applied. (tapform's client
    /// always sends a JSON body, declared, with every POST and PUT.)
    public static let bodyMethods = ["POST", "PUT", "PATCH"]
    public static let contentTypeDetail = WireHeader.contentType
}

/// The success envelope `{"status":"success","data":…}`; its field names are CodingKeys where it is read
/// (`Envelope`) and written (the emulator's `Reply`).
public enum WireEnvelope {
    public static let success = "success"
}

public enum WireStatus {
    public static let active = "ACTIVE"
    public static let inactive = "INACTIVE"
    public static let all = [active, inactive]
}

public enum WireAssessmentType {
    public static let audioInterview = "AUDIO_INTERVIEW"
    public static let quiz = "QUIZ"
}

public enum WireInviteStatus {
    public static let invited = "INVITED"
}

public enum WireCandidateStatus {
    public static let completed = "COMPLETED"
}

public enum WireJobStatus {
    public static let draft = "DRAFT"
    public static let active = "ACTIVE"
    public static let all = [draft, active]
}

public enum WireWorkMode {
    public static let all = ["ONSITE", "REMOTE", "HYBRID"]
}

public enum WireErrorCode {
    public static let invalidRequest = "INVALID_REQUEST"      // 400
    public static let unauthorized = "UNAUTHORIZED"          // 401 (assumed name)
    public static let accountInactive = "ACCOUNT_INACTIVE"   // 403
    public static let forbidden = "FORBIDDEN"                // 403
    public static let notFound = "NOT_FOUND"                 // 404 (assumed name)
    public static let rateLimited = "RATE_LIMITED"           // 429 (assumed)
    public static let internalError = "INTERNAL_ERROR"       // 500
}

public enum WireErrorType {
    public static let validation = "validation_error"
    public static let authentication = "authentication_error"
    public static let permission = "permission_error"
    public static let notFound = "not_found_error"
    public static let rateLimit = "rate_limit_error"
    public static let api = "api_error"
}

/// The contract's assumed validation limits and defaults, shared by the emulator, offline validation
/// (the spec and invites) and the plan's normal form.
public enum WireLimits {
    public static let testNameLength = 3...200
    public static let hiringForRoleLength = 2...200
    public static let purposeMaxLength = 2_000
    public static let durationMinutes = 5...120
    public static let defaultDurationMinutes = 20
    public static let languages = [
        "english", "spanish", "french", "german", "portuguese", "italian", "dutch", "hindi", "arabic",
        "japanese", "mandarin", "indonesian",
    ]
    public static let defaultLanguage = "english"
    public static let maxSkills = 20
    public static let skillLength = 1...100
    public static let questionTextLength = 10...1_000
    public static let timeLimitSeconds = 30...600
    public static let defaultTimeLimitSeconds = 120
    public static let idealAnswerMaxLength = 2_000
    public static let maxQuestions = 50
    public static let numberOfQuestions = 1...20
    public static let defaultNumberOfQuestions = 5
    public static let candidateNameMaxLength = 200
    public static let jobTitleLength = 3...500
    public static let jobPlaceMaxLength = 200
}

/// Routes of tapform's own emulator test controls (never under the API prefix). Not part of the
/// Taptalent API: the emulator serves them only when started with test controls enabled.
public enum EmulatorControlPath {
    public static let prefix = "/__sandbox"
    public static let reset = "/__sandbox/reset"
    public static let jobs = "/__sandbox/jobs"
    public static func completions(_ assessmentId: String) -> String {
        "/__sandbox/assessments/\(assessmentId)/completions"
    }
    public static let counters = "/__sandbox/counters"
    public static let faults = "/__sandbox/faults"
}
