import Foundation
import Testing
import TaptalentAPI

@Suite("Retries through the emulator's injected faults")
struct RetryLiveTests {
    @Test("a 429 with Retry-After spends no attempt: each is waited out until the server has refused for as long as the client waits")
    func rateLimitedUntilGiveUp() async throws {
        try await TestEmulator.with { sandbox in
            try await sandbox.controls.setFaults(EmulatorFaults(error429: 1, retryAfterSeconds: 2, seed: 1))
            let client = try sandbox.recordingClient(maxAttempts: 4)
            let error = try await #require(throws: TaptalentError.self) { try await client.listAssessments() }
            #expect(error.status == 429)
            #expect(error.code == WireErrorCode.rateLimited)
            // 10 s of refusals (testRateLimitWait) on the sleeper's clock: five waits of 2 s, then a sixth would pass it.
            #expect(sandbox.sleeper.waits == Array(repeating: .seconds(2), count: 5))
            #expect(error.attempts == 6)
            #expect(try await sandbox.controls.counters().requests["GET /assessment"] == 6)
            guard case .api(let failure) = error.kind else { Issue.record("expected an API error, got \(error.kind)"); return }
            #expect(failure.rateLimitGaveUp == .streak(length: .seconds(10), maximum: testRateLimitWait))
            #expect(error.description.contains("the server has refused every request with 429 for 10 s, and the client waits at most 10 s"))
            #expect(error.description.contains("run again later"))
        }
    }

    @Test("random 429s and 500s on reads are retried until they succeed; waits are Retry-After or backoff")
    func seededFaults() async throws {
        try await TestEmulator.with { sandbox in
            let lines = LineCollector()
            try await sandbox.controls.setFaults(EmulatorFaults(error500: 0.2, error429: 0.2, retryAfterSeconds: 1, seed: 42))
            let client = try sandbox.recordingClient(maxAttempts: 8, debug: lines)
            for _ in 1...20 { _ = try await client.jobs() }
            let waits = sandbox.sleeper.waits
            let requests = try await sandbox.controls.counters().requests["GET /jobs", default: 0]
            #expect(requests == 20 + waits.count)
            #expect(!waits.isEmpty)
            let rateLimited = lines.lines.filter { $0.hasPrefix("… retrying") && $0.hasSuffix("(429)") }.count
            #expect(waits.filter { $0 == .seconds(1) }.count == rateLimited)
            #expect(rateLimited > 0)
            let backoffs: Set<Duration> = [.milliseconds(10), .milliseconds(20), .milliseconds(40), .milliseconds(80)]
            #expect(waits.allSatisfy { $0 == .seconds(1) || backoffs.contains($0) })
        }
    }

    @Test("a POST answered 500 is not retried, reports outcome unknown, and a 429 POST is retried")
    func postOn500And429() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient()
            try await sandbox.controls.setFaults(EmulatorFaults(error500: 1, seed: 3))
            let error = try await #require(throws: TaptalentError.self) { try await client.createAudioInterview(sampleAssessment()) }
            #expect(error.status == 500)
            #expect(error.attempts == 1)
            #expect(error.isOutcomeUnknown)
            #expect(error.description.hasSuffix("after 1 attempt; the change may or may not have been applied"))
            #expect(try await sandbox.controls.counters().requests["POST /assessment/audio-interviews"] == 1)

            try await sandbox.controls.setFaults(EmulatorFaults(error429: 1, retryAfterSeconds: 1, seed: 3))
            let limited = try await #require(throws: TaptalentError.self) { try await client.createAudioInterview(sampleAssessment()) }
            // Waited out for 10 s of refusals (testRateLimitWait), one second at a time: 11 attempts.
            #expect(limited.attempts == 11)
            #expect(try await sandbox.controls.counters().requests["POST /assessment/audio-interviews"] == 1 + 11)
            #expect(!limited.isOutcomeUnknown)
            #expect(try await sandbox.controls.counters().assessmentsCreated == 0)
        }
    }

    @Test("a connection dropped after a POST was applied is outcome unknown, not repeated, and re-reading finds it")
    func dropAfterWritePost() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient()
            _ = try await client.listAssessments()
            try await sandbox.controls.setFaults(EmulatorFaults(dropAfterWrite: 1, seed: 5))
            let error = try await #require(throws: TaptalentError.self) {
                try await client.createAudioInterview(sampleAssessment("Dropped create"))
            }
            guard case .transport = error.kind else { Issue.record("expected transport, got \(error.kind)"); return }
            #expect(error.isOutcomeUnknown)
            #expect(error.attempts == 1)
            let counters = try await sandbox.controls.counters()
            #expect(counters.assessmentsCreated == 1)
            #expect(counters.requests["POST /assessment/audio-interviews"] == 1)
            try await sandbox.controls.setFaults(EmulatorFaults())
            #expect(try await client.assessments(named: "Dropped create").count == 1)
        }
    }

    @Test("a PUT whose connection drops is retried (idempotent) and the final error says so")
    func dropAfterWritePut() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient(maxAttempts: 3)
            let created = try await client.createAudioInterview(sampleAssessment())
            try await sandbox.controls.setFaults(EmulatorFaults(dropAfterWrite: 1, seed: 5))
            let error = try await #require(throws: TaptalentError.self) {
                try await client.updateAssessment(id: created.assessmentId, AssessmentBody(duration: 45))
            }
            #expect(error.attempts == 3)
            #expect(error.isOutcomeUnknown)
            #expect(try await sandbox.controls.counters().requests["PUT /assessment/:assessmentId"] == 3)
            try await sandbox.controls.setFaults(EmulatorFaults())
            #expect(try await client.assessment(id: created.assessmentId).duration == 45)
        }
    }

    @Test("an invite whose connection drops is not sent twice")
    func dropAfterInvite() async throws {
        try await TestEmulator.with { sandbox in
            let client = try sandbox.recordingClient()
            let created = try await client.createAudioInterview(sampleAssessment())
            try await sandbox.controls.setFaults(EmulatorFaults(dropAfterWrite: 1, seed: 9))
            let error = try await #require(throws: TaptalentError.self) {
                try await client.invite(assessmentId: created.assessmentId, InviteBody(email: "ana@example.com"))
            }
            #expect(error.isOutcomeUnknown)
            #expect(try await sandbox.controls.counters().emails["\(created.assessmentId) ana@example.com"] == 1)
        }
    }
}
