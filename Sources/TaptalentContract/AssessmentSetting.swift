/// The ten writable settings of an assessment: the one table that says, for each, the key an assessment
/// file writes it under (the raw value) and the field the API carries it in (`wireKey`). Diffing, request
/// bodies, the emulator's update, the import writer and the error mapping loop over `allCases`, and each
/// place that touches a setting's value switches over this enum, so a new setting does not compile until
/// every one of them handles it.
public enum AssessmentSetting: String, CaseIterable, Codable, Sendable, Hashable {
    case name, role, purpose, durationMinutes, language, skills, job, emailVerification, evaluateCEFR, status

    /// The key in an assessment file.
    public var fileKey: String { rawValue }

    /// The field of a create or update body, and of an assessment the API returns.
    public var wireKey: AssessmentBodyKey {
        switch self {
        case .name: .testName
        case .role: .hiringForRole
        case .purpose: .purposeOfInterview
        case .durationMinutes: .duration
        case .language: .aiLanguage
        case .skills: .skills
        case .job: .jobId
        case .emailVerification: .isEmailVerificationRequired
        case .evaluateCEFR: .shouldEvaluateCEFR
        case .status: .status
        }
    }

    /// A setting an assessment may leave out: blank is absent, and an update clears it with `null`.
    public var isOptional: Bool {
        switch self {
        case .purpose, .job: true
        case .name, .role, .durationMinutes, .language, .skills, .emailVerification, .evaluateCEFR, .status: false
        }
    }

    /// The wire field name, e.g. `jobId` for `job`.
    public var wireName: String { wireKey.rawValue }

    /// The setting a wire field carries (`jobId` is `job`); nil for a field that is not a setting.
    public init?(wireName: String) {
        guard let setting = Self.allCases.first(where: { $0.wireName == wireName }) else { return nil }
        self = setting
    }
}

/// The fields of an assessment create or update body (`POST /assessment/audio-interviews`,
/// `PUT /assessment/:id`): the settings' wire names and, on create, the questions. The API's body types
/// use this enum as their coding keys, so each name is declared here once.
public enum AssessmentBodyKey: String, CodingKey, CaseIterable, Sendable {
    case testName, jobId, status, hiringForRole, purposeOfInterview, duration, aiLanguage, skills
    case isEmailVerificationRequired, shouldEvaluateCEFR, questions
}
