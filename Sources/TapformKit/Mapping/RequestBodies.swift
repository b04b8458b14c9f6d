import TapformPlan
import TaptalentAPI

// Plan steps to request bodies: the only place where plan fields meet wire fields.

extension AssessmentBody {
    /// A create body: every setting, and the questions inline when given.
    init(_ settings: AssessmentSettings, questions: [QuestionContent]?) {
        self.init(
            testName: settings.name,
            jobId: settings.job.map { .value($0) },
            status: settings.status.wire,
            hiringForRole: settings.role,
            purposeOfInterview: settings.purpose.map { .value($0) },
            duration: settings.durationMinutes,
            aiLanguage: settings.language,
            skills: settings.skills,
            isEmailVerificationRequired: settings.emailVerification,
            shouldEvaluateCEFR: settings.evaluateCEFR,
            questions: questions?.map { QuestionBody($0, order: nil) })
    }

    /// A partial update body: only the changed fields.
    init(_ patch: SettingsPatch) {
        self.init(
            testName: patch.name,
            jobId: patch.job.map { Nullable($0.value) },
            status: patch.status?.wire,
            hiringForRole: patch.role,
            purposeOfInterview: patch.purpose.map { Nullable($0.value) },
            duration: patch.durationMinutes,
            aiLanguage: patch.language,
            skills: patch.skills,
            isEmailVerificationRequired: patch.emailVerification,
            shouldEvaluateCEFR: patch.evaluateCEFR)
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
