import Foundation
import Testing
@testable import TapformKit
import TaptalentAPI

/// A 429 with `Retry-After` says "not processed, come back then": it spends no attempt, so runs under a
/// tight account limit finish with nothing failed, and a limit that never lifts ends them with the
/// client's bound named.
@Suite("runs under a tight rate limit")
struct RateLimitedRunTests {
    /// 100 requests a second after a burst of 2: most requests of the runs below are refused at least once.
    static let tightLimit = EmulatorFaults(rateLimitPerSecond: 100, rateLimitBurst: 2)
    static let question = "Tell me about a production incident you owned end to end."

    static func client(_ emulator: TestEmulator, _ concurrency: ConcurrencyLimit, retry: RetryPolicy = TestEmulator.fastRetry) throws -> TaptalentClient {
        try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: emulator.baseURL, apiKey: APIKey(emulator.apiKey), timeout: .seconds(60), retry: retry,
            concurrency: concurrency))
    }

    @Test("a plan of many assessments finishes clean", arguments: [ConcurrencyLimit.fixed(16), .adaptive(maximum: 16)])
    func planFinishes(concurrency: ConcurrencyLimit) async throws {
        try await TestEmulator.with { emulator in
            let files = (1...40).map { AssessmentYAML(name: String(format: "Limited screen %02d", $0), questions: [.init(text: Self.question)]) }
            let project = PlanUseCaseTests.project(files)
            let setup = try emulator.client()
            let created = try await PlanUseCase.run(project: project, client: setup, request: PlanRequest())
            #expect(try await ApplyUseCase.apply(created.plan, baseline: created.baseline, client: setup).isSuccess)

            try await emulator.controls.setFaults(Self.tightLimit)
            let before = try await emulator.counters()
            let planned = try await PlanUseCase.run(
                project: project, client: try Self.client(emulator, concurrency), request: PlanRequest(parallelism: 16))
            let after = try await emulator.counters()
            #expect(!planned.plan.hasChanges && !planned.plan.hasErrors)
            #expect(after.rateLimited - before.rateLimited > 0, "the limit must refuse requests, or this proves nothing")
        }
    }

    @Test("an invite at a fixed parallelism sends every row exactly once, none failed")
    func inviteFinishes() async throws {
        try await InviteFixture.with { fixture in
            try await fixture.emulator.controls.setFaults(Self.tightLimit)
            let client = try Self.client(fixture.emulator, .fixed(4))
            let report = try await InviteUseCase(client: client, environmentName: "test")
                .run(target: fixture.target, options: InviteOptions(csv: try fixture.candidates(100), parallelism: 4), root: fixture.root)
            #expect(report.summary.sent == 100)
            #expect(report.summary.failed == 0 && report.summary.unknown == 0 && report.stopReason == nil)
            let emails = try await fixture.emails()
            #expect(emails.count == 100 && emails.values.allSatisfy { $0 == 1 })
            #expect(try fixture.ledgerLatest().values.allSatisfy { $0 == .sent })
            #expect(try await fixture.emulator.counters().rateLimited > 0, "the limit must refuse requests, or this proves nothing")
        }
    }

    @Test("a limit that never lifts stops the invite run once the client has waited its most, naming it")
    func inviteStopsWhenLimitNeverLifts() async throws {
        try await InviteFixture.with { fixture in
            try await fixture.emulator.controls.setFaults(EmulatorFaults(error429: 1, retryAfterSeconds: 1, seed: 1))
            let time = ManualRetryTime()
            let retry = RetryPolicy(maxRateLimitWait: .seconds(5), sleeper: time, clock: time)
            let report = try await InviteUseCase(client: try Self.client(fixture.emulator, .standard, retry: retry), environmentName: "test")
                .run(target: fixture.target, options: InviteOptions(csv: try fixture.candidates(50)), root: fixture.root)
            #expect(report.summary.sent == 0)
            let reason = try #require(report.stopReason)
            // Concurrent waits all move the manual clock, so the streak's length is 5 s or a little more.
            #expect(reason.contains("the server has refused every request with 429 for "), "\(reason)")
            #expect(reason.contains("the client waits at most 5 s for a rate limit"), "\(reason)")
            #expect(reason.contains("run again later"))
            #expect(try await fixture.invitePosts() < 50, "the run stops: not every row is tried")
            #expect(try await fixture.emails().isEmpty)
        }
    }
}

/// Retry waits that take no time, and a clock that moves by exactly those waits.
final class ManualRetryTime: RetrySleeper, LimiterClock, @unchecked Sendable {
    // Guarded by `lock`.
    private var waited: Duration = .zero
    private let lock = NSLock()
    private let start = ContinuousClock.now

    var now: ContinuousClock.Instant { lock.withLock { start + waited } }

    func sleep(for duration: Duration) async throws {
        lock.withLock { waited += duration }
        try Task.checkCancellation()
    }
}
