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

extension AssessmentSettings {
    /// The settings, normalised, from each one's value. Each setting has one kind of value (the subscript
    /// above); another kind is a programming error.
    init(reading value: (AssessmentSetting) -> SettingValue) {
        func text(_ setting: AssessmentSetting) -> String? {
            guard case .text(let text) = value(setting) else { preconditionFailure("\(setting) is not a text") }
            return text
        }
        func number(_ setting: AssessmentSetting) -> Int {
            guard case .number(let number) = value(setting) else { preconditionFailure("\(setting) is not a number") }
            return number
        }
        func flag(_ setting: AssessmentSetting) -> Bool {
            guard case .flag(let flag) = value(setting) else { preconditionFailure("\(setting) is not a flag") }
            return flag
        }
        guard case .list(let skills) = value(.skills), case .status(let status) = value(.status) else {
            preconditionFailure("skills is not a list or status not a status")
        }
        self.init(
            name: text(.name) ?? "", role: text(.role) ?? "", purpose: text(.purpose),
            durationMinutes: number(.durationMinutes), language: text(.language) ?? "", skills: skills, job: text(.job),
            emailVerification: flag(.emailVerification), evaluateCEFR: flag(.evaluateCEFR), status: status)
    }
}

extension RemoteAssessment {
    /// The value of one setting as the service sent it (not normalised), defaults filled where the service
    /// left a field out, as `AssessmentSettings(remote)` fills them.
    public subscript(setting: AssessmentSetting) -> SettingValue {
        switch setting {
        case .name: .text(name)
        case .role: .text(role ?? "")
        case .purpose: .text(purpose)
        case .durationMinutes: .number(durationMinutes ?? WireLimits.defaultDurationMinutes)
        case .language: .text(language ?? WireLimits.defaultLanguage)
        case .skills: .list(skills)
        case .job: .text(job)
        case .emailVerification: .flag(emailVerification ?? false)
        case .evaluateCEFR: .flag(evaluateCEFR ?? false)
        case .status: .status(status)
        }
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
