import Foundation
import Testing
import TaptalentAPI

@Suite("Retries over a scripted transport")
struct RetryBehaviourTests {
    let page = #"{"status":"success","data":{"assessments":[],"pagination":{"page":1,"limit":10,"total":0}}}"#
    let question = #"{"status":"success","data":{"questionId":"q1","question":"Tell me about a project.","timeLimit":120,"idealAnswer":null,"order":1}}"#

    @Test("GET is retried on 500 and network errors with growing backoff")
    func getRetried() async throws {
        let (client, transport, sleeper) = try scriptedClient([
            .answer(status: 500, body: serverErrorBody), .fail(.networkConnectionLost), .fail(.timedOut),
            .answer(status: 200, body: page),
        ])
        _ = try await client.listAssessments()
        #expect(transport.sent.count == 4)
        #expect(sleeper.waits == [.milliseconds(10), .milliseconds(20), .milliseconds(40)])
    }

    @Test("429 waits what Retry-After says, for a POST too")
    func retryAfterHonoured() async throws {
        let (client, transport, sleeper) = try scriptedClient([
            .answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "2"]),
            .answer(status: 200, body: question),
        ])
        let created = try await client.addQuestion(assessmentId: "a1", QuestionBody(question: "Tell me about a project."))
        #expect(created.questionId == "q1")
        #expect(transport.sent.count == 2)
        #expect(sleeper.waits == [.seconds(2)])
    }

    @Test("a Retry-After longer than the policy allows is reported, not waited")
    func retryAfterTooLong() async throws {
        let (client, transport, sleeper) = try scriptedClient([
            .answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "3600"]),
        ])
        let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        #expect(transport.sent.count == 1)
        #expect(sleeper.waits.isEmpty)
        #expect(error.description == "GET /jobs failed: 429 RATE_LIMITED: Too many requests. (the server asked to wait 3600 s, longer than the client waits) after 1 attempt")
    }

    @Test("POST is not retried on 500 and its outcome is unknown")
    func postNotRetriedOn500() async throws {
        let (client, transport, _) = try scriptedClient([.answer(status: 500, body: serverErrorBody)])
        let error = try await #require(throws: TaptalentError.self) {
            try await client.createAudioInterview(AssessmentBody(testName: "Backend", hiringForRole: "Engineer"))
        }
        #expect(transport.sent.count == 1)
        #expect(error.isOutcomeUnknown)
        #expect(error.status == 500)
        #expect(error.attempts == 1)
    }

    @Test("POST with retryPost .always is retried on 500; a later 400 still reports the outcome unknown")
    func postAlways() async throws {
        let (client, transport, _) = try scriptedClient([
            .answer(status: 500, body: serverErrorBody), .answer(status: 400, body: validationErrorBody),
        ])
        let error = try await #require(throws: TaptalentError.self) {
            try await client.addQuestion(assessmentId: "a1", QuestionBody(question: "x"), retryPost: .always)
        }
        #expect(transport.sent.count == 2)
        #expect(error.isOutcomeUnknown)
        #expect(error.attempts == 2)
    }

    @Test("POST with retryPost .never is not retried even on 429")
    func postNever() async throws {
        let (client, transport, _) = try scriptedClient([.answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "1"])])
        let error = try await #require(throws: TaptalentError.self) {
            try await client.invite(assessmentId: "a1", InviteBody(email: "a@example.com"), retryPost: .never)
        }
        #expect(transport.sent.count == 1)
        #expect(!error.isOutcomeUnknown)
    }

    @Test("POST is retried when no connection was made, and not after the connection dropped")
    func postConnectionFailures() async throws {
        let (client, transport, _) = try scriptedClient([
            .fail(.cannotConnectToHost), .fail(.networkConnectionLost),
        ])
        let error = try await #require(throws: TaptalentError.self) {
            try await client.invite(assessmentId: "a1", InviteBody(email: "a@example.com"))
        }
        #expect(transport.sent.count == 2)
        #expect(error.isOutcomeUnknown)
        guard case .transport(let failure) = error.kind else { Issue.record("expected transport, got \(error.kind)"); return }
        #expect(!failure.neverSent)
    }

    @Test("a timed-out PUT is retried; a timed-out POST is reported as outcome unknown")
    func timeouts() async throws {
        let (client, transport, _) = try scriptedClient([.fail(.timedOut), .answer(status: 200, body: question)])
        _ = try await client.updateQuestion(assessmentId: "a1", questionId: "q1", QuestionBody(timeLimit: 60))
        #expect(transport.sent.count == 2)

        let (postClient, _, _) = try scriptedClient([.fail(.timedOut)])
        let error = try await #require(throws: TaptalentError.self) {
            try await postClient.generateQuestions(assessmentId: "a1", count: 2)
        }
        guard case .timeout = error.kind else { Issue.record("expected timeout, got \(error.kind)"); return }
        #expect(error.isOutcomeUnknown)
        #expect(error.description.hasPrefix("POST /assessment/a1/generate-questions timed out"))
    }

    @Test("400 is not retried")
    func clientErrorsNotRetried() async throws {
        let (client, transport, _) = try scriptedClient([.answer(status: 400, body: validationErrorBody)])
        let error = try await #require(throws: TaptalentError.self) {
            try await client.updateAssessment(id: "a1", AssessmentBody(testName: "ab"))
        }
        #expect(transport.sent.count == 1)
        #expect(!error.isOutcomeUnknown)
        #expect(error.description == #"PUT /assessment/a1 failed: 400 INVALID_REQUEST: One or more fields are invalid. (testName: "testName" length must be at least 3 characters long) after 1 attempt"#)
    }

    @Test("attempts are bounded and the error says how many were made")
    func bounded() async throws {
        let (client, transport, sleeper) = try scriptedClient(Array(repeating: .answer(status: 503, body: "busy"), count: 9))
        let error = try await #require(throws: TaptalentError.self) { try await client.job(id: "1") }
        #expect(transport.sent.count == 5)
        #expect(sleeper.waits.count == 4)
        #expect(error.description.hasSuffix("after 5 attempts"))
        #expect(error.message?.contains("busy") == true)
    }

    @Test("429s with Retry-After spend no attempt: a request refused more often than its attempts still goes through")
    func rateLimitedSpendsNoAttempt() async throws {
        let limited = ScriptedTransport.Step.answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "0.5"])
        let (client, transport, sleeper) = try scriptedClient(
            Array(repeating: limited, count: 7) + [.answer(status: 503, body: "busy"), .answer(status: 200, body: page)])
        _ = try await client.listAssessments()
        #expect(transport.sent.count == 9)
        #expect(sleeper.waits == Array(repeating: .milliseconds(500), count: 7) + [.milliseconds(10)])
    }

    @Test("a 429 without Retry-After spends the attempts like a 5xx")
    func rateLimitedWithoutRetryAfter() async throws {
        let (client, transport, sleeper) = try scriptedClient(Array(repeating: .answer(status: 429, body: rateLimitBody), count: 9))
        let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        #expect(transport.sent.count == 5)
        #expect(sleeper.waits == [.milliseconds(10), .milliseconds(20), .milliseconds(40), .milliseconds(80)])
        #expect(error.description.hasSuffix("after 5 attempts"))
    }

    @Test("a server that refuses forever: one request waits through the most the client waits, then every request gives up at once")
    func rateLimitedForever() async throws {
        let limited = ScriptedTransport.Step.answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "3"])
        let (client, transport, sleeper) = try scriptedClient(Array(repeating: limited, count: 100))
        let first = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        // 10 s (testRateLimitWait) on the sleeper's clock: three waits of 3 s; a fourth would end at 12 s.
        #expect(sleeper.waits == Array(repeating: .seconds(3), count: 3))
        #expect(first.attempts == 4)
        #expect(first.description == "GET /jobs failed: 429 RATE_LIMITED: Too many requests. (the server has refused every "
            + "request with 429 for 9 s, and the client waits at most 10 s for a rate limit; the account's rate limit is "
            + "used up, perhaps by another client or run: run again later (a request refused with 429 changed nothing)) "
            + "after 4 attempts")

        let second = try await #require(throws: TaptalentError.self) { try await client.job(id: "1") }
        #expect(second.attempts == 1)
        #expect(sleeper.waits.count == 3, "the streak is the client's: a later request does not wait it again")
        #expect(transport.sent.count == 5)
    }

    @Test("any other answer ends the streak: a later refusal is waited out again")
    func streakEndsOnAnswer() async throws {
        let limited = ScriptedTransport.Step.answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "4"])
        let (client, transport, sleeper) = try scriptedClient([
            limited, limited, .answer(status: 200, body: page), limited, limited, .answer(status: 200, body: page),
        ])
        _ = try await client.listAssessments()
        _ = try await client.listAssessments()
        #expect(transport.sent.count == 6)
        #expect(sleeper.waits == Array(repeating: .seconds(4), count: 4), "16 s of waits in all, never 10 s in a row")
    }

    @Test("one request is refused at most maxRateLimitedAnswers times, even when the server asks for no wait")
    func rateLimitedAnswersBounded() async throws {
        let sleeper = RecordingSleeper()
        let transport = ScriptedTransport(Array(repeating: .answer(status: 429, body: rateLimitBody, headers: ["Retry-After": "0"]), count: 10))
        var policy = testRetryPolicy(sleeper)
        policy.maxRateLimitedAnswers = 3
        let client = try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: URL(string: "http://127.0.0.1:9/v1/partner")!, apiKey: testKey, retry: policy), transport: transport)
        let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        #expect(transport.sent.count == 4)
        guard case .api(let failure) = error.kind else { Issue.record("expected an API error, got \(error.kind)"); return }
        #expect(failure.rateLimitGaveUp == .answers(4))
        #expect(error.description.contains("this request was refused with 429 4 times, the most the client retries one request"))
    }

    @Test("a DELETE retried after a dropped connection that then finds nothing counts as deleted")
    func deleteAfterDrop() async throws {
        let notFound = #"{"error":{"code":"NOT_FOUND","type":"not_found_error","message":"Question not found."}}"#
        let (client, transport, _) = try scriptedClient([.fail(.networkConnectionLost), .answer(status: 404, body: notFound)])
        let result = try await client.deleteQuestion(assessmentId: "a1", questionId: "q1")
        #expect(result.deleted)
        #expect(transport.sent.count == 2)
    }

    @Test("a redirect is not followed and is reported")
    func redirect() async throws {
        let (client, transport, _) = try scriptedClient([.answer(status: 301, body: "", headers: ["Location": "http://evil.example/"])])
        let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        #expect(transport.sent.count == 1)
        #expect(error.description.contains("unexpected redirect (301) to http://evil.example/"))
    }
}
