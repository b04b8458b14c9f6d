import Foundation
import Testing
@testable import TaptalentAPI

/// Each validation rule of the contract, as the client reports it: a 400 INVALID_REQUEST whose `details`
/// names the field, with a message that quotes it.
@Suite("Validation errors against the emulator")
struct ValidationErrorTests {
    struct Context {
        let client: TaptalentClient
        /// An ACTIVE assessment with 2 questions.
        let assessmentId: String
        let questionId: String
        /// An assessment holding the maximum number of questions.
        let fullId: String
        let inactiveId: String
    }

    struct Case: Sendable {
        let name: String
        let field: String
        let call: @Sendable (Context) async throws -> Void
    }

    static func create(_ change: @escaping @Sendable (inout AssessmentBody) -> Void) -> @Sendable (Context) async throws -> Void {
        { context in
            var body = sampleAssessment()
            change(&body)
            _ = try await context.client.createAudioInterview(body)
        }
    }

    static let longText = String(repeating: "x", count: 2_001)

    static let cases: [Case] = [
        Case(name: "testName missing", field: "testName", call: create { $0.testName = nil }),
        Case(name: "testName too short", field: "testName", call: create { $0.testName = " ab " }),
        Case(name: "testName too long", field: "testName", call: create { $0.testName = String(repeating: "n", count: 201) }),
        Case(name: "hiringForRole missing", field: "hiringForRole", call: create { $0.hiringForRole = nil }),
        Case(name: "hiringForRole too short", field: "hiringForRole", call: create { $0.hiringForRole = "A" }),
        Case(name: "purposeOfInterview too long", field: "purposeOfInterview", call: create { $0.purposeOfInterview = .value(longText) }),
        Case(name: "duration below 5", field: "duration", call: create { $0.duration = 4 }),
        Case(name: "duration above 120", field: "duration", call: create { $0.duration = 121 }),
        Case(name: "aiLanguage unknown", field: "aiLanguage", call: create { $0.aiLanguage = "klingon" }),
        Case(name: "status unknown", field: "status", call: create { $0.status = "PAUSED" }),
        Case(name: "more than 20 skills", field: "skills", call: create { $0.skills = (1...21).map { "Skill \($0)" } }),
        Case(name: "skill too long", field: "skills[0]", call: create { $0.skills = [String(repeating: "s", count: 101)] }),
        Case(name: "skill empty", field: "skills[1]", call: create { $0.skills = ["Swift", " "] }),
        Case(name: "duplicate skills ignoring case", field: "skills[1]", call: create { $0.skills = ["Swift", "swift"] }),
        Case(name: "jobId unknown", field: "jobId", call: create { $0.jobId = .value("999999") }),
        Case(name: "more than 50 questions on create", field: "questions",
             call: create { $0.questions = Array(repeating: QuestionBody(question: "Describe your last project."), count: 51) }),
        Case(name: "unknown body field", field: "colour", call: { context in
            let body = Data(#"{"testName":"Valid name","hiringForRole":"Engineer","colour":"blue"}"#.utf8)
            _ = try await context.client.executor.send(APIRequest(method: .post, path: WirePath.createAudioInterview, body: body))
        }),
        Case(name: "question text too short", field: "question", call: { context in
            _ = try await context.client.addQuestion(assessmentId: context.assessmentId, QuestionBody(question: "Short?"))
        }),
        Case(name: "question text missing", field: "question", call: { context in
            _ = try await context.client.addQuestion(assessmentId: context.assessmentId, QuestionBody(timeLimit: 60))
        }),
        Case(name: "timeLimit below 30", field: "timeLimit", call: { context in
            _ = try await context.client.updateQuestion(assessmentId: context.assessmentId, questionId: context.questionId,
                                                        QuestionBody(timeLimit: 20))
        }),
        Case(name: "timeLimit above 600", field: "timeLimit", call: { context in
            _ = try await context.client.addQuestion(assessmentId: context.assessmentId,
                                                     QuestionBody(question: "A valid question text?", timeLimit: 601))
        }),
        Case(name: "idealAnswer too long", field: "idealAnswer", call: { context in
            _ = try await context.client.updateQuestion(assessmentId: context.assessmentId, questionId: context.questionId,
                                                        QuestionBody(idealAnswer: .value(longText)))
        }),
        Case(name: "51st question", field: "questions", call: { context in
            _ = try await context.client.addQuestion(assessmentId: context.fullId, QuestionBody(question: "One question too many?"))
        }),
        Case(name: "generated questions past 50", field: "numberOfQuestions", call: { context in
            _ = try await context.client.generateQuestions(assessmentId: context.fullId, count: 1)
        }),
        Case(name: "numberOfQuestions above 20", field: "numberOfQuestions", call: { context in
            _ = try await context.client.generateQuestions(assessmentId: context.assessmentId, count: 21)
        }),
        Case(name: "numberOfQuestions below 1 on auto-generate", field: "numberOfQuestions", call: { context in
            _ = try await context.client.autoGenerate(AutoGenerateBody(
                assessment: AssessmentBody(testName: "Generated", hiringForRole: "Engineer"), numberOfQuestions: 0))
        }),
        Case(name: "invite email invalid", field: "email", call: { context in
            _ = try await context.client.invite(assessmentId: context.assessmentId, InviteBody(email: "not-an-email"))
        }),
        Case(name: "invite to an INACTIVE assessment", field: "status", call: { context in
            _ = try await context.client.invite(assessmentId: context.inactiveId, InviteBody(email: "ana@example.com"))
        }),
        Case(name: "perPage not allowed", field: "perPage", call: { context in
            _ = try await context.client.listAssessments(page: 1, perPage: 15)
        }),
    ]

    @Test("every rule answers 400 INVALID_REQUEST with details naming the field")
    func rules() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient()
            let active = try await client.createAudioInterview(sampleAssessment("Active one"))
            let full = try await client.createAudioInterview(sampleAssessment("Full one", questions: WireLimits.maxQuestions))
            var inactiveBody = sampleAssessment("Inactive one")
            inactiveBody.status = WireStatus.inactive
            let inactive = try await client.createAudioInterview(inactiveBody)
            let context = Context(client: client, assessmentId: active.assessmentId,
                                  questionId: try #require(active.questions?.first?.questionId),
                                  fullId: full.assessmentId, inactiveId: inactive.assessmentId)
            for rule in Self.cases {
                do {
                    try await rule.call(context)
                    Issue.record("\(rule.name): expected a 400, the call succeeded")
                } catch let error as TaptalentError {
                    #expect(error.status == 400, "\(rule.name): \(error)")
                    #expect(error.code == WireErrorCode.invalidRequest, "\(rule.name): \(error)")
                    #expect(error.attempts == 1, "\(rule.name): \(error)")
                    #expect(!error.isOutcomeUnknown, "\(rule.name): \(error)")
                    let message = error.details[rule.field]
                    #expect(message?.hasPrefix("\"\(rule.field)\"") == true,
                            "\(rule.name): expected details.\(rule.field), got \(error.details)")
                }
            }
            let counters = try await sandbox.controls.counters()
            #expect(counters.assessmentsCreated == 3)
        }
    }

    @Test("the description of a validation error reads as one sentence with the field message")
    func description() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient()
            var body = sampleAssessment()
            body.testName = "ab"
            let error = try await #require(throws: TaptalentError.self) { try await client.createAudioInterview(body) }
            #expect(error.description == #"POST /assessment/audio-interviews failed: 400 INVALID_REQUEST: One or more fields are invalid. (testName: "testName" length must be at least 3 characters long) after 1 attempt"#)
        }
    }
}
