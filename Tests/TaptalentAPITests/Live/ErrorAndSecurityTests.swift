import Foundation
import Testing
import TaptalentAPI

@Suite("Errors and key secrecy against the emulator")
struct ErrorAndSecurityTests {
    @Test("a wrong key is a 401, and neither key appears in the error or the debug lines")
    func wrongKey() async throws {
        try await TestEmulator.with { sandbox in
            let lines = LineCollector()
            let wrong = "sk_test_WRONGWRONGWRONGWRONGWR"
            let client = try sandbox.recordingClient(key: wrong, debug: lines)
            let error = try await #require(throws: TaptalentError.self) { try await client.listAssessments() }
            #expect(error.status == 401)
            #expect(error.attempts == 1)
            #expect(error.description.hasPrefix("GET /assessment failed: 401"))
            for text in [error.description, String(reflecting: error), "\(error.kind)"] + lines.lines {
                #expect(!text.contains(wrong), "\(text)")
                #expect(!text.contains(sandbox.apiKey), "\(text)")
            }
            #expect(!lines.lines.isEmpty)
        }
    }

    @Test("unknown ids are 404 NOT_FOUND, not retried")
    func notFound() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient()
            let error = try await #require(throws: TaptalentError.self) { try await client.assessment(id: "does-not-exist") }
            #expect(error.isNotFound)
            #expect(error.code == WireErrorCode.notFound)
            #expect(error.attempts == 1)
            let jobError = try await #require(throws: TaptalentError.self) { try await client.job(id: "424242") }
            #expect(jobError.isNotFound)
            #expect(sandbox.sleeper.waits.isEmpty)
        }
    }

    @Test("the key is absent from every error and debug line of a full session")
    func keyNeverShown() async throws {
        try await TestEmulator.with { sandbox in
            let lines = LineCollector()
            let client = try sandbox.recordingClient(debug: lines)
            var errors: [TaptalentError] = []
            let created = try await client.createAudioInterview(sampleAssessment())
            for call in [
                { _ = try await client.createAudioInterview(AssessmentBody(testName: "x")) },
                { _ = try await client.assessment(id: "missing") },
                { _ = try await client.listAssessments(page: 1, perPage: 7) },
                { _ = try await client.invite(assessmentId: created.assessmentId, InviteBody(email: "bad")) },
                { _ = try await client.readOnlyCopy().deleteQuestion(assessmentId: created.assessmentId, questionId: "q") },
            ] as [@Sendable () async throws -> Void] {
                do { try await call() } catch let error as TaptalentError { errors.append(error) }
            }
            #expect(errors.count == 5)
            let texts = errors.flatMap { [$0.description, String(reflecting: $0), $0.localizedDescription] } + lines.lines
            for text in texts {
                #expect(!text.contains(sandbox.apiKey), "\(text)")
            }
            #expect(lines.lines.contains { $0.contains("Authorization: Bearer [REDACTED]") })
        }
    }

    @Test("read-only mode refuses writes and no request reaches the server")
    func readOnly() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient(readOnly: true)
            _ = try await client.listAssessments()
            let calls: [@Sendable () async throws -> Void] = [
                { _ = try await client.createAudioInterview(sampleAssessment()) },
                { _ = try await client.updateAssessment(id: "a", AssessmentBody(duration: 10)) },
                { _ = try await client.addQuestion(assessmentId: "a", QuestionBody(question: "A question text?")) },
                { _ = try await client.updateQuestion(assessmentId: "a", questionId: "q", QuestionBody(timeLimit: 60)) },
                { _ = try await client.deleteQuestion(assessmentId: "a", questionId: "q") },
                { _ = try await client.autoGenerate(AutoGenerateBody(assessment: sampleAssessment(), numberOfQuestions: 2)) },
                { _ = try await client.generateQuestions(assessmentId: "a", count: 2) },
                { _ = try await client.invite(assessmentId: "a", InviteBody(email: "ana@example.com")) },
            ]
            for call in calls {
                let error = try await #require(throws: TaptalentError.self) { try await call() }
                #expect(error.kind == .readOnlyRefused)
                #expect(error.attempts == 0)
            }
            let counters = try await sandbox.controls.counters()
            #expect(counters.requests == ["GET /assessment": 1])
            #expect(counters.assessmentsCreated == 0)
        }
    }

    @Test("connection refused names the URL and counts the attempts")
    func connectionRefused() async throws {
        let reserved = try ReservedPort()
        let port = reserved.port
        let sleeper = RecordingSleeper()
        let url = URL(string: "http://127.0.0.1:\(port)/v1/partner")!
        let client = try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: url, apiKey: testKey, retry: testRetryPolicy(sleeper, maxAttempts: 3)))
        let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        guard case .transport(let failure) = error.kind else { Issue.record("expected transport, got \(error.kind)"); return }
        #expect(failure.neverSent)
        #expect(error.attempts == 3)
        #expect(!error.isOutcomeUnknown)
        #expect(error.description.hasPrefix("GET http://127.0.0.1:\(port)/v1/partner/jobs?pageNumber=1&perPage=10 failed: could not connect"),
                "\(error)")
        #expect(error.description.hasSuffix("after 3 attempts"))
        withExtendedLifetime(reserved) {}
    }

    @Test("a slow answer is a timeout")
    func timeout() async throws {
        try await TestEmulator.with { sandbox in
            try await sandbox.controls.setFaults(EmulatorFaults(latencyMs: 1_000))
            let client = try sandbox.recordingClient(maxAttempts: 1, timeout: .milliseconds(200))
            let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
            guard case .timeout = error.kind else { Issue.record("expected timeout, got \(error.kind)"); return }
            #expect(error.description == "GET /jobs timed out (no answer within 0.2 s) after 1 attempt")
        }
    }
}
