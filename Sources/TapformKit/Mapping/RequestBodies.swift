import TapformPlan
import TaptalentAPI

// Plan steps to request bodies: the only place where plan fields meet wire fields.

extension AssessmentBody {
    /// A create body: every setting (an absent purpose or job left out), and the questions inline when given.
    init(_ settings: AssessmentSettings, questions: [QuestionContent]?) {
        self.init(SettingsPatch(every: settings), absentAsNull: false)
        self.questions = questions?.map { QuestionBody($0, order: nil) }
    }

    /// A partial update body: only the changed fields; a removed purpose or job is sent as null.
    init(_ patch: SettingsPatch, absentAsNull: Bool = true) {
        self.init()
        for setting in AssessmentSetting.allCases { set(setting, from: patch, absentAsNull: absentAsNull) }
    }

    /// Writes one setting of `patch` into its wire field: the only place a setting's value meets its wire form.
    private mutating func set(_ setting: AssessmentSetting, from patch: SettingsPatch, absentAsNull: Bool) {
        func nullable(_ new: NewValue<String>?) -> Nullable<String>? {
            guard let new else { return nil }
            return absentAsNull ? Nullable(new.value) : new.value.map { .value($0) }
        }
        switch setting {
        case .name: testName = patch.name
        case .role: hiringForRole = patch.role
        case .purpose: purposeOfInterview = nullable(patch.purpose)
        case .durationMinutes: duration = patch.durationMinutes
        case .language: aiLanguage = patch.language
        case .skills: skills = patch.skills
        case .job: jobId = nullable(patch.job)
        case .emailVerification: isEmailVerificationRequired = patch.emailVerification
        case .evaluateCEFR: shouldEvaluateCEFR = patch.evaluateCEFR
        case .status: status = patch.status?.wire
        }
    }
}

extension QuestionBody {
    init(_ content: QuestionContent, order: Int?) {
        self.init(
            question: content.text, timeLimit: content.timeLimitSeconds,
            idealAnswer: content.idealAnswer.map { .value($0) }, order: order)
    }

    init(_ step: UpdateQuestionStep) {
        self.init(
            question: step.text, timeLimit: step.timeLimitSeconds,
            idealAnswer: step.idealAnswer.map { Nullable($0.value) }, order: step.order)
    }
}
