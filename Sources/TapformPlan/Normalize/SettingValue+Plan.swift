import TaptalentContract

extension SettingValue {
    /// Equal for the plan: lists as sets (`AssessmentSettings.sameSkills`), everything else exactly.
    public func isSame(as other: SettingValue) -> Bool {
        if case .list(let lhs) = self, case .list(let rhs) = other { return AssessmentSettings.sameSkills(lhs, rhs) }
        return self == other
    }

    /// The typed value a field diff carries (nil when absent).
    var fieldValue: FieldValue? {
        switch self {
        case .text(let text): text.map(FieldValue.text)
        case .number(let number): .integer(number)
        case .list(let list): .list(list)
        case .flag(let flag): .boolean(flag)
        case .status(let status): .text(status.rawValue)
        }
    }

    /// How a field diff shows the value (nil when absent): a status, one of a fixed set, without quotes.
    var display: String? {
        if case .status(let status) = self { return status.rawValue }
        return fieldValue?.display
    }
}

/// The ten settings as typed fields, as a file's assessment (`DesiredAssessment`) and the normal form
/// (`AssessmentSettings`) both hold them; the subscript reads any one of them through the table.
public protocol AssessmentSettingFields {
    var name: String { get }
    var role: String { get }
    var purpose: String? { get }
    var durationMinutes: Int { get }
    var language: String { get }
    var skills: [String] { get }
    var job: String? { get }
    var emailVerification: Bool { get }
    var evaluateCEFR: Bool { get }
    var status: AssessmentStatus { get }
}

extension AssessmentSettingFields {
    /// The value of one setting, as held (normalised only where `self` is).
    public subscript(setting: AssessmentSetting) -> SettingValue {
        switch setting {
        case .name: .text(name)
        case .role: .text(role)
        case .purpose: .text(purpose)
        case .durationMinutes: .number(durationMinutes)
        case .language: .text(language)
        case .skills: .list(skills)
        case .job: .text(job)
        case .emailVerification: .flag(emailVerification)
        case .evaluateCEFR: .flag(evaluateCEFR)
        case .status: .status(status)
        }
    }
}

extension AssessmentSettings: AssessmentSettingFields {}

extension DesiredAssessment: AssessmentSettingFields {}

extension RemoteAssessment {
    /// The settings as the service sent them (not normalised), with the defaults filled in where it left a
    /// field out: what `AssessmentSettings(remote)` normalises and `import` writes.
    public var settingFields: some AssessmentSettingFields { FilledSettings(remote: self) }

    private struct FilledSettings: AssessmentSettingFields {
        let remote: RemoteAssessment
        var name: String { remote.name }
        var role: String { remote.role ?? "" }
        var purpose: String? { remote.purpose }
        var durationMinutes: Int { remote.durationMinutes ?? WireLimits.defaultDurationMinutes }
        var language: String { remote.language ?? WireLimits.defaultLanguage }
        var skills: [String] { remote.skills }
        var job: String? { remote.job }
        var emailVerification: Bool { remote.emailVerification ?? false }
        var evaluateCEFR: Bool { remote.evaluateCEFR ?? false }
        var status: AssessmentStatus { remote.status }
    }
}

extension SettingsPatch {
    /// The new value of one setting, nil when the patch leaves it unchanged.
    public subscript(setting: AssessmentSetting) -> SettingValue? {
        switch setting {
        case .name: name.map { .text($0) }
        case .role: role.map { .text($0) }
        case .purpose: purpose.map { .text($0.value) }
        case .durationMinutes: durationMinutes.map { .number($0) }
        case .language: language.map { .text($0) }
        case .skills: skills.map { .list($0) }
        case .job: job.map { .text($0.value) }
        case .emailVerification: emailVerification.map { .flag($0) }
        case .evaluateCEFR: evaluateCEFR.map { .flag($0) }
        case .status: status.map { .status($0) }
        }
    }

    /// Changes one setting to its value in `settings`.
    public mutating func take(_ setting: AssessmentSetting, from settings: AssessmentSettings) {
        switch setting {
        case .name: name = settings.name
        case .role: role = settings.role
        case .purpose: purpose = NewValue(settings.purpose)
        case .durationMinutes: durationMinutes = settings.durationMinutes
        case .language: language = settings.language
        case .skills: skills = settings.skills
        case .job: job = NewValue(settings.job)
        case .emailVerification: emailVerification = settings.emailVerification
        case .evaluateCEFR: evaluateCEFR = settings.evaluateCEFR
        case .status: status = settings.status
        }
    }

    /// The patch that sets every setting to its value in `settings` (what a create sends).
    public init(every settings: AssessmentSettings) {
        self.init()
        for setting in AssessmentSetting.allCases { take(setting, from: settings) }
    }

    /// The settings the patch changes, in table order.
    public var changedSettings: [AssessmentSetting] { AssessmentSetting.allCases.filter { self[$0] != nil } }
}

extension SpecKey {
    /// The file key of a setting.
    public init(_ setting: AssessmentSetting) {
        switch setting {
        case .name: self = .name
        case .role: self = .role
        case .purpose: self = .purpose
        case .durationMinutes: self = .durationMinutes
        case .language: self = .language
        case .skills: self = .skills
        case .job: self = .job
        case .emailVerification: self = .emailVerification
        case .evaluateCEFR: self = .evaluateCEFR
        case .status: self = .status
        }
    }
}
