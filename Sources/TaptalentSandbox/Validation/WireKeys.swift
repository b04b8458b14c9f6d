import Foundation
import TaptalentAPI

/// The JSON field names the emulator reads, taken from the Wire types' own encoding (a probe value with
/// a distinct marker in each field), so that no wire name is restated here.
enum WireKeys {
    enum Assessment {
        private static let probe = AssessmentBody(
            testName: "~1", jobId: .value("~2"), status: "~3", hiringForRole: "~4",
            purposeOfInterview: .value("~5"), duration: 7, aiLanguage: "~6", skills: ["~7"],
            isEmailVerificationRequired: true, shouldEvaluateCEFR: false, questions: []
        )
        static let testName = key(probe, .string("~1"))
        static let jobId = key(probe, .string("~2"))
        static let status = key(probe, .string("~3"))
        static let hiringForRole = key(probe, .string("~4"))
        static let purposeOfInterview = key(probe, .string("~5"))
        static let duration = key(probe, .number(7))
        static let aiLanguage = key(probe, .string("~6"))
        static let skills = key(probe, .array([.string("~7")]))
        static let isEmailVerificationRequired = key(probe, .bool(true))
        static let shouldEvaluateCEFR = key(probe, .bool(false))
        static let questions = key(probe, .array([]))
        static let numberOfQuestions = key(AutoGenerateBody(assessment: AssessmentBody(), numberOfQuestions: 3), .number(3))
    }

    enum Question {
        private static let probe = QuestionBody(question: "~1", timeLimit: 7, idealAnswer: .value("~2"), order: 8)
        static let question = key(probe, .string("~1"))
        static let timeLimit = key(probe, .number(7))
        static let idealAnswer = key(probe, .string("~2"))
        static let order = key(probe, .number(8))
    }

    enum Invite {
        private static let probe = InviteBody(email: "~1", firstName: "~2", lastName: "~3")
        static let email = key(probe, .string("~1"))
        static let firstName = key(probe, .string("~2"))
        static let lastName = key(probe, .string("~3"))
    }

    enum Completion {
        private static let probe = SandboxCompletionBody(email: "~1", firstName: "~2", lastName: "~3", score: 7, cefrLevel: "~4")
        static let email = key(probe, .string("~1"))
        static let firstName = key(probe, .string("~2"))
        static let lastName = key(probe, .string("~3"))
        static let score = key(probe, .number(7))
        static let cefrLevel = key(probe, .string("~4"))
    }

    enum Job {
        private static let probe = JobBody(
            title: "~1", city: "~2", state: "~3", country: "~4", status: "~5", workMode: "~6", description: "~7"
        )
        static let title = key(probe, .string("~1"))
        static let city = key(probe, .string("~2"))
        static let state = key(probe, .string("~3"))
        static let country = key(probe, .string("~4"))
        static let status = key(probe, .string("~5"))
        static let workMode = key(probe, .string("~6"))
        static let description = key(probe, .string("~7"))
    }

    enum Faults {
        private static let probe = SandboxFaults(
            error500: 0.25, error429: 0.5, retryAfterSeconds: 3, latencyMs: 4, latencyJitterMs: 5, dropAfterWrite: 0.75,
            seed: 6
        )
        static let error500 = key(probe, .number(0.25))
        static let error429 = key(probe, .number(0.5))
        static let retryAfterSeconds = key(probe, .number(3))
        static let latencyMs = key(probe, .number(4))
        static let latencyJitterMs = key(probe, .number(5))
        static let dropAfterWrite = key(probe, .number(0.75))
        static let seed = key(probe, .number(6))
    }

    /// The key under which `probe` encodes `value`. A probe without that value is a programming error.
    private static func key<T: Encodable>(_ probe: T, _ value: JSONValue) -> String {
        guard case .object(let object)? = JSONCoder.value(of: probe),
            let match = object.first(where: { $0.value == value })
        else { preconditionFailure("no field of \(T.self) encodes \(value)") }
        return match.key
    }
}
