import Foundation
import TaptalentAPI

/// Records every retry wait instead of sleeping, so tests can assert the waits without taking them; as a
/// clock, it stands still but for those waits, so the time a client measures is exactly what it waited.
final class RecordingSleeper: RetrySleeper, LimiterClock {
    private let recorded = Locked<[Duration]>([])
    private let start = ContinuousClock.now

    var waits: [Duration] { recorded.withLock { $0 } }

    var now: ContinuousClock.Instant { start + waits.reduce(.zero, +) }

    func sleep(for duration: Duration) async throws {
        recorded.withLock { $0.append(duration) }
        try Task.checkCancellation()
    }
}

/// A retry policy for tests: no jitter, tiny delays, waits recorded.
/// The client waits through at most `testRateLimitWait` of nothing but 429s (on the sleeper's clock).
func testRetryPolicy(_ sleeper: RecordingSleeper, maxAttempts: Int = 5, postRetry: PostRetry = .whenNotApplied) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(80), jitter: 0,
                maxRetryAfter: .seconds(5), maxRateLimitWait: testRateLimitWait, postRetry: postRetry,
                sleeper: sleeper, clock: sleeper, random: { 0 })
}

let testRateLimitWait: Duration = .seconds(10)

/// Collects debug lines.
final class LineCollector: Sendable {
    private let stored = Locked<[String]>([])
    var lines: [String] { stored.withLock { $0 } }
    var sink: @Sendable (String) -> Void { { line in self.stored.withLock { $0.append(line) } } }
}
