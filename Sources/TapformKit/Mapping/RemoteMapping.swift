import TapformPlan
import TaptalentAPI

extension RemoteAssessmentSummary {
    /// A list item of `GET /assessment`.
    public init(_ wire: WireAssessment) {
        self.init(
            id: wire.assessmentId, name: wire.testName, status: AssessmentStatus(wire: wire.status),
            questionCount: wire.questionCount ?? wire.questions?.count ?? 0,
            submissionCount: wire.submissionCount ?? 0, lastUpdatedOn: wire.lastUpdatedOn)
    }
}

extension RemoteAssessment {
    /// `GET /assessment/:id` (or a create/update answer) with its questions.
    public init(_ wire: WireAssessment) {
        self.init(
            id: wire.assessmentId, name: wire.testName, role: wire.hiringForRole,
            purpose: wire.purposeOfInterview, durationMinutes: wire.duration, language: wire.aiLanguage,
            skills: wire.skills ?? [], job: wire.jobId?.value, emailVerification: wire.isEmailVerificationRequired,
            evaluateCEFR: wire.shouldEvaluateCEFR, status: AssessmentStatus(wire: wire.status),
            questions: (wire.questions ?? []).enumerated().map { index, question in
                RemoteQuestion(question, fallbackOrder: index + 1)
            },
            submissionCount: wire.submissionCount ?? 0, lastUpdatedOn: wire.lastUpdatedOn)
    }
}

extension RemoteQuestion {
    init(_ wire: WireQuestion, fallbackOrder: Int) {
        self.init(
            id: wire.questionId, text: wire.question, timeLimitSeconds: wire.timeLimit,
            idealAnswer: wire.idealAnswer, order: wire.order ?? fallbackOrder)
    }
}
