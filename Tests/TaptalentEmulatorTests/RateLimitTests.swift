import Testing
@testable import TaptalentEmulator
import TaptalentAPI

/// The account-wide rate limit: a token bucket answering 429 with the wait for the next token.
@Suite struct RateLimitTests {
    let start = ContinuousClock.now
    func at(_ ms: Int) -> ContinuousClock.Instant { start + .milliseconds(ms) }

    @Test func theBucketLetsABurstThroughThenOneRequestPerToken() {
        var bucket = TokenBucket(rate: 50, capacity: 5, now: at(0))
        for _ in 0..<5 { #expect(bucket.take(at: at(0)) == nil) }
        #expect(bucket.take(at: at(0)) == .milliseconds(20), "the next token flows in after 1/50 s")
        #expect(bucket.take(at: at(10)) == .milliseconds(10))
        #expect(bucket.take(at: at(20)) == nil)
        #expect(bucket.take(at: at(20)) != nil)
        // A quiet spell fills it up to its capacity, never beyond.
        for _ in 0..<5 { #expect(bucket.take(at: at(10_000)) == nil) }
        #expect(bucket.take(at: at(10_000)) != nil)
    }

    @Test func overTimeItAdmitsTheRateAndNoMore() {
        var bucket = TokenBucket(rate: 50, capacity: 1, now: at(0))
        var admitted = 0
        for ms in 0..<10_000 where bucket.take(at: at(ms)) == nil { admitted += 1 }
        #expect((499...501).contains(admitted), "10 s at 50/s")
    }

    @Test func aLimitedRequestIsAnswered429WithRetryAfterAndIsNotApplied() async throws {
        try await TestEmulator.with { emulator async throws in
            // 0.0001 a second: the wait for the next token is about 10,000 s, whatever the machine's speed.
            let set = try await emulator.control("PUT", EmulatorControlPath.faults, ["rateLimitPerSecond": 0.0001, "rateLimitBurst": 2])
            #expect(set.status == 200)
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200)
            #expect(try await emulator.api("GET", WirePath.assessments).status == 200)
            let limited = try await emulator.api("POST", WirePath.createAudioInterview, ["testName": "Screen", "hiringForRole": "Engineer"])
            #expect(limited.status == 429)
            #expect(limited.code == WireErrorCode.rateLimited)
            let wait = try #require(Double(limited.headers["retry-after"] ?? ""))
            #expect(wait > 9_000 && wait <= 10_000)
            #expect(try await emulator.wireCounters()["assessmentsCreated"].int == 0)
            #expect(try await emulator.wireCounters()["rateLimited"].int == 1)
            #expect(try await emulator.api("GET", WirePath.jobs, key: "sk_test_wrong").status == 401, "the key is checked first")
            let invalid = try await emulator.control("PUT", EmulatorControlPath.faults, ["rateLimitPerSecond": -1, "rateLimitBurst": 0.5])
            #expect(invalid.status == 400)
            #expect(invalid.details["rateLimitPerSecond"].exists && invalid.details["rateLimitBurst"].exists)
        }
    }

    @Test func theStartingLimitIsTheEmulatorsOwnAndResetKeepsIt() async throws {
        try await TestEmulator.with(EmulatorOptions(testControls: true, faults: EmulatorFaults(rateLimitPerSecond: 0.0001, rateLimitBurst: 1))) { emulator async throws in
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200)
            #expect(try await emulator.api("GET", WirePath.jobs).status == 429)
            _ = try await emulator.control("POST", EmulatorControlPath.reset)
            #expect(try await emulator.control("GET", EmulatorControlPath.faults).json["rateLimitPerSecond"].double == 0.0001)
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200, "reset starts a full bucket")
            #expect(try await emulator.api("GET", WirePath.jobs).status == 429)
        }
    }

    @Test func theCommandLineTextIsRequestsPerSecondOrPerMinute() {
        #expect(RateLimitText.requestsPerSecond("50/s") == 50)
        #expect(RateLimitText.requestsPerSecond("600/min") == 10)
        #expect(RateLimitText.requestsPerSecond(" 2.5 / s ") == 2.5)
        for bad in ["50", "0/s", "-1/s", "x/s", "50/h", "1e9/s", "nan/s", "/s"] {
            #expect(RateLimitText.requestsPerSecond(bad) == nil, "\(bad)")
        }
    }
}
