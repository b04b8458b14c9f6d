import TaptalentContract

/// One setting's value in normal form, as the plan compares and shows it.
public enum SettingValue: Sendable, Hashable {
    /// A text; nil when absent (an optional `purpose` or `job`).
    case text(String?)
    case number(Int)
    /// Compared as a set (skills: order is kept for display only).
    case list([String])
    case flag(Bool)
    case status(AssessmentStatus)

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

extension AssessmentSettings {
    /// The value of one setting.
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
