// Invites, completed candidates, jobs, the error envelope, and the emulator's test-control bodies.

/// `POST /assessment/:id/invite` body.
public struct InviteBody: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case email, firstName, lastName
    }

    public var email: String
    public var firstName: String?
    public var lastName: String?

    public init(email: String, firstName: String? = nil, lastName: String? = nil) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
    }
}

/// `POST /assessment/:id/invite` data.
public struct WireInviteResult: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case email, status, invitedAt, alreadyInvited
    }

    public var email: String
    public var status: String?
    @WireTimestamp public var invitedAt: Int64?
    public var alreadyInvited: Bool?

    public init(email: String, status: String?, invitedAt: Int64?, alreadyInvited: Bool?) {
        self.email = email
        self.status = status
        self.invitedAt = invitedAt
        self.alreadyInvited = alreadyInvited
    }
}

public struct WireCandidate: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case candidateId, email, firstName, lastName, status, score, cefrLevel, submittedAt, reportUrl
    }

    @WireID public var candidateId: String
    public var email: String
    public var firstName: String?
    public var lastName: String?
    public var status: String?
    public var score: Double?
    public var cefrLevel: String?
    @WireTimestamp public var submittedAt: Int64?
    public var reportUrl: String?

    public init(
        candidateId: String, email: String, firstName: String?, lastName: String?, status: String?,
        score: Double?, cefrLevel: String?, submittedAt: Int64?, reportUrl: String?
    ) {
        self.candidateId = candidateId
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.status = status
        self.score = score
        self.cefrLevel = cefrLevel
        self.submittedAt = submittedAt
        self.reportUrl = reportUrl
    }
}

/// `GET /assessment/:id/candidates` data.
public struct WireCandidateList: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case candidates, pagination
    }

    public var candidates: [WireCandidate]
    public var pagination: WirePagination

    public init(candidates: [WireCandidate], pagination: WirePagination) {
        self.candidates = candidates
        self.pagination = pagination
    }
}

public struct WireJob: Codable, Sendable, Hashable {
    public var id: WireID
    public var title: String
    public var city: String?
    public var state: String?
    public var country: String?
    public var status: String?
    public var workMode: String?
    public var description: String?

    public init(
        id: WireID, title: String, city: String?, state: String?, country: String?,
        status: String?, workMode: String?, description: String?
    ) {
        self.id = id
        self.title = title
        self.city = city
        self.state = state
        self.country = country
        self.status = status
        self.workMode = workMode
        self.description = description
    }
}

/// `GET /jobs` (a bare object, no envelope).
public struct WireJobList: Codable, Sendable, Hashable {
    public var jobs: [WireJob]
    public var totalJobs: Int

    public init(jobs: [WireJob], totalJobs: Int) {
        self.jobs = jobs
        self.totalJobs = totalJobs
    }
}

/// The body of `POST /jobs` on the real service, and of `POST /__sandbox/jobs` on the emulator.
public struct JobBody: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case title, city, state, country, status, workMode, description
    }

    public var title: String
    public var city: String
    public var state: String
    public var country: String
    public var status: String?
    public var workMode: String?
    public var description: String?

    public init(
        title: String, city: String, state: String, country: String, status: String? = nil,
        workMode: String? = nil, description: String? = nil
    ) {
        self.title = title
        self.city = city
        self.state = state
        self.country = country
        self.status = status
        self.workMode = workMode
        self.description = description
    }
}

/// The error envelope every endpoint answers with on 4xx/5xx.
public struct WireErrorEnvelope: Codable, Sendable, Hashable {
    public struct Body: Codable, Sendable, Hashable {
        public var code: String
        public var type: String?
        public var message: String
        public var details: [String: String]?

        public init(code: String, type: String?, message: String, details: [String: String]?) {
            self.code = code
            self.type = type
            self.message = message
            self.details = details
        }
    }

    public var error: Body

    public init(error: Body) { self.error = error }
}

// MARK: - Emulator test controls (tapform's own, not Taptalent's)

/// `POST /__sandbox/assessments/{id}/completions` body.
public struct EmulatorCompletionBody: Codable, Sendable, Hashable {
    /// The wire field names.
    public enum CodingKeys: String, CodingKey {
        case email, firstName, lastName, score, cefrLevel
    }

    public var email: String
    public var firstName: String?
    public var lastName: String?
    public var score: Double
    public var cefrLevel: String?

    public init(email: String, firstName: String? = nil, lastName: String? = nil, score: Double, cefrLevel: String? = nil) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.score = score
        self.cefrLevel = cefrLevel
    }
}

/// `PUT /__sandbox/faults` body. Probabilities are 0...1; all zero by default.
public struct EmulatorFaults: Codable, Sendable, Hashable {
    public var error500: Double
    public var error429: Double
    public var retryAfterSeconds: Double
    public var latencyMs: Int
    /// Each request waits `latencyMs` plus a uniform draw from 0 to this many milliseconds.
    public var latencyJitterMs: Int
    /// Apply the write, then close the connection without answering.
    public var dropAfterWrite: Double
    public var seed: UInt64
    /// An account-wide token bucket: this many API requests a second (0: no limit); a request beyond it
    /// is answered 429 with `Retry-After` set to the wait for the next token.
    public var rateLimitPerSecond: Double
    /// The bucket's size, the requests allowed at once after a quiet spell (0: one second's worth).
    public var rateLimitBurst: Int

    public init(
        error500: Double = 0, error429: Double = 0, retryAfterSeconds: Double = 1, latencyMs: Int = 0,
        latencyJitterMs: Int = 0, dropAfterWrite: Double = 0, seed: UInt64 = 0, rateLimitPerSecond: Double = 0,
        rateLimitBurst: Int = 0
    ) {
        self.error500 = error500
        self.error429 = error429
        self.retryAfterSeconds = retryAfterSeconds
        self.latencyMs = latencyMs
        self.latencyJitterMs = latencyJitterMs
        self.dropAfterWrite = dropAfterWrite
        self.seed = seed
        self.rateLimitPerSecond = rateLimitPerSecond
        self.rateLimitBurst = rateLimitBurst
    }

    /// The highest `latencyMs` and `latencyJitterMs` accepted.
    public static let maxLatencyMs = 60_000
    /// The highest `rateLimitPerSecond` and `rateLimitBurst` accepted.
    public static let maxRateLimitPerSecond: Double = 100_000
    public static let maxRateLimitBurst = 1_000_000

    /// The bucket's size in effect: `rateLimitBurst`, or one second's worth of requests when that is 0.
    public var effectiveRateLimitBurst: Int {
        rateLimitBurst > 0 ? rateLimitBurst : max(1, Int(rateLimitPerSecond.rounded(.up)))
    }

    public enum CodingKeys: String, CodingKey {
        case error500, error429, retryAfterSeconds, latencyMs, latencyJitterMs, dropAfterWrite, seed
        case rateLimitPerSecond, rateLimitBurst
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        error500 = try c.decodeIfPresent(Double.self, forKey: .error500) ?? 0
        error429 = try c.decodeIfPresent(Double.self, forKey: .error429) ?? 0
        retryAfterSeconds = try c.decodeIfPresent(Double.self, forKey: .retryAfterSeconds) ?? 1
        latencyMs = try c.decodeIfPresent(Int.self, forKey: .latencyMs) ?? 0
        latencyJitterMs = try c.decodeIfPresent(Int.self, forKey: .latencyJitterMs) ?? 0
        dropAfterWrite = try c.decodeIfPresent(Double.self, forKey: .dropAfterWrite) ?? 0
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? 0
        rateLimitPerSecond = try c.decodeIfPresent(Double.self, forKey: .rateLimitPerSecond) ?? 0
        rateLimitBurst = try c.decodeIfPresent(Int.self, forKey: .rateLimitBurst) ?? 0
    }
}

/// `GET /__sandbox/counters`. `requests` is keyed by `"METHOD /path/pattern"` (e.g. `"GET /assessment/:assessmentId"`),
/// `emails` by `"<assessmentId> <email>"` with the number of invite emails sent.
public struct EmulatorCounters: Codable, Sendable, Hashable {
    public var requests: [String: Int]
    public var emails: [String: Int]
    public var assessmentsCreated: Int
    public var questionsCreated: Int
    /// API requests answered 429 by the rate limit (`rateLimitPerSecond`), not by the drawn faults.
    public var rateLimited: Int

    public init(
        requests: [String: Int], emails: [String: Int], assessmentsCreated: Int, questionsCreated: Int, rateLimited: Int = 0
    ) {
        self.requests = requests
        self.emails = emails
        self.assessmentsCreated = assessmentsCreated
        self.questionsCreated = questionsCreated
        self.rateLimited = rateLimited
    }

    /// All API requests counted, excluding the test controls.
    public var totalRequests: Int { requests.values.reduce(0, +) }
}
