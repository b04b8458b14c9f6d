import TaptalentAPI

/// The JSON field names the emulator reads, by the names the emulator's code uses. Each is the coding key
/// of the wire type that declares it, so no wire name is restated here.
enum WireKeys {
    enum Assessment {
        private typealias Key = AssessmentBodyKey
        static let testName = Key.testName.stringValue
        static let jobId = Key.jobId.stringValue
        static let status = Key.status.stringValue
        static let hiringForRole = Key.hiringForRole.stringValue
        static let purposeOfInterview = Key.purposeOfInterview.stringValue
        static let duration = Key.duration.stringValue
        static let aiLanguage = Key.aiLanguage.stringValue
        static let skills = Key.skills.stringValue
        static let isEmailVerificationRequired = Key.isEmailVerificationRequired.stringValue
        static let shouldEvaluateCEFR = Key.shouldEvaluateCEFR.stringValue
        static let questions = Key.questions.stringValue
        static let numberOfQuestions = AutoGenerateBody.CodingKeys.numberOfQuestions.stringValue
    }

    enum Question {
        private typealias Key = QuestionBody.CodingKeys
        static let question = Key.question.stringValue
        static let timeLimit = Key.timeLimit.stringValue
        static let idealAnswer = Key.idealAnswer.stringValue
        static let order = Key.order.stringValue
    }

    enum Invite {
        private typealias Key = InviteBody.CodingKeys
        static let email = Key.email.stringValue
        static let firstName = Key.firstName.stringValue
        static let lastName = Key.lastName.stringValue
    }

    enum Flow {
        private typealias Key = FlowBody.CodingKeys
        static let flowName = Key.flowName.stringValue
        static let description = Key.description.stringValue
        static let status = Key.status.stringValue
        static let steps = Key.steps.stringValue
    }

    enum FlowStep {
        private typealias Key = FlowStepBody.CodingKeys
        static let assessmentId = Key.assessmentId.stringValue
        static let passThreshold = Key.passThreshold.stringValue
        static let assessmentType = Key.assessmentType.stringValue
        static let name = Key.name.stringValue
        static let instructions = Key.instructions.stringValue
        static let passAction = Key.passAction.stringValue
    }

    enum Completion {
        private typealias Key = EmulatorCompletionBody.CodingKeys
        static let email = Key.email.stringValue
        static let firstName = Key.firstName.stringValue
        static let lastName = Key.lastName.stringValue
        static let score = Key.score.stringValue
        static let cefrLevel = Key.cefrLevel.stringValue
    }

    enum Job {
        private typealias Key = JobBody.CodingKeys
        static let title = Key.title.stringValue
        static let city = Key.city.stringValue
        static let state = Key.state.stringValue
        static let country = Key.country.stringValue
        static let status = Key.status.stringValue
        static let workMode = Key.workMode.stringValue
        static let description = Key.description.stringValue
    }

    enum Faults {
        private typealias Key = EmulatorFaults.CodingKeys
        static let error500 = Key.error500.stringValue
        static let error429 = Key.error429.stringValue
        static let retryAfterSeconds = Key.retryAfterSeconds.stringValue
        static let latencyMs = Key.latencyMs.stringValue
        static let latencyJitterMs = Key.latencyJitterMs.stringValue
        static let dropAfterWrite = Key.dropAfterWrite.stringValue
        static let seed = Key.seed.stringValue
        static let rateLimitPerSecond = Key.rateLimitPerSecond.stringValue
        static let rateLimitBurst = Key.rateLimitBurst.stringValue
    }
}
