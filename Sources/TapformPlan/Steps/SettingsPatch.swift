import TaptalentContract

/// The changed settings of an existing assessment: one partial update. `nil` fields are unchanged.
public struct SettingsPatch: Codable, Sendable, Hashable {
    public var name: String?
    public var role: String?
    public var purpose: NewValue<String>?
    public var durationMinutes: Int?
    public var language: String?
    public var skills: [String]?
    public var job: NewValue<String>?
    public var emailVerification: Bool?
    public var evaluateCEFR: Bool?
    public var status: AssessmentStatus?

    public init(
        name: String? = nil, role: String? = nil, purpose: NewValue<String>? = nil, durationMinutes: Int? = nil,
        language: String? = nil, skills: [String]? = nil, job: NewValue<String>? = nil,
        emailVerification: Bool? = nil, evaluateCEFR: Bool? = nil, status: AssessmentStatus? = nil
    ) {
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
    }

    /// True when nothing changes.
    public var isEmpty: Bool { self == SettingsPatch() }
}
