import TaptalentContract

/// The writable settings of an assessment in normal form. Both a file and a remote assessment become one
/// of these before they are compared, so that `apply` followed by `plan` shows no changes.
///
/// Normal form: strings trimmed and NFC; an empty `purpose` or `job` is absent; `language` lower-case;
/// skills trimmed and NFC, order kept for display but compared as a set (see `sameSkills`); defaults
/// filled (duration 20, english, booleans false); server-only fields (ids, counts, timestamps, URLs,
/// buckets) are not part of it.
public struct AssessmentSettings: Codable, Sendable, Hashable {
    public var name: String
    public var role: String
    public var purpose: String?
    public var durationMinutes: Int
    public var language: String
    public var skills: [String]
    public var job: String?
    public var emailVerification: Bool
    public var evaluateCEFR: Bool
    public var status: AssessmentStatus

    public init(
        name: String, role: String, purpose: String?, durationMinutes: Int, language: String,
        skills: [String], job: String?, emailVerification: Bool, evaluateCEFR: Bool, status: AssessmentStatus
    ) {
        self.name = TextNormalizer.normalize(name)
        self.role = TextNormalizer.normalize(role)
        self.purpose = TextNormalizer.normalizeOptional(purpose)
        self.durationMinutes = durationMinutes
        self.language = TextNormalizer.normalize(language).lowercased()
        self.skills = skills.map(TextNormalizer.normalize)
        self.job = TextNormalizer.normalizeOptional(job)
        self.emailVerification = emailVerification
        self.evaluateCEFR = evaluateCEFR
        self.status = status
    }

    /// The settings of a file (`DesiredAssessment`) or of a remote assessment (`settingFields`), normalised.
    public init(_ fields: some AssessmentSettingFields) {
        self.init(
            name: fields.name, role: fields.role, purpose: fields.purpose, durationMinutes: fields.durationMinutes,
            language: fields.language, skills: fields.skills, job: fields.job,
            emailVerification: fields.emailVerification, evaluateCEFR: fields.evaluateCEFR, status: fields.status)
    }

    /// The settings of a remote assessment, defaults filled where the service left a field out.
    public init(_ remote: RemoteAssessment) {
        self.init(remote.settingFields)
    }

    /// Skills are equal as sets of normalized strings. Case counts (`Go` and `go` differ, so a case fix
    /// in a file is applied); duplicates ignoring case are a validation error before planning.
    public static func sameSkills(_ lhs: [String], _ rhs: [String]) -> Bool {
        lhs.count == rhs.count && Set(lhs) == Set(rhs)
    }
}
