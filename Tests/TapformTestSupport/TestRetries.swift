import Foundation
import TaptalentAPI

/// A retry policy for tests: no jitter, small delays, and no sleeping at all: every wait is recorded in
/// `sleeper` instead, so tests can assert the waits without taking them. The client waits through at most
/// `testRateLimitWait` of nothing but 429s (on the sleeper's clock).
public func testRetryPolicy(
    _ sleeper: RecordingSleeper, maxAttempts: Int = 5, postRetry: PostRetry = .whenNotApplied
) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(80), jitter: 0,
                maxRetryAfter: .seconds(5), maxRateLimitWait: testRateLimitWait, postRetry: postRetry,
                sleeper: sleeper, clock: sleeper, random: { 0 })
}

public let testRateLimitWait: Duration = .seconds(10)

/// Records every retry wait instead of sleeping; as a clock, it stands still but for those waits, so the
/// time a client measures is exactly what it waited.
public final class RecordingSleeper: RetrySleeper, LimiterClock {
    private let recorded = Locked<[Duration]>([])
    private let start = ContinuousClock.now

    public init() {}

    public var waits: [Duration] { recorded.withLock { $0 } }

    public var now: ContinuousClock.Instant { start + waits.reduce(.zero, +) }

    public func sleep(for duration: Duration) async throws {
        recorded.withLock { $0.append(duration) }
        try Task.checkCancellation()
    }
}

/// A value guarded by a lock (the Synchronization module's Mutex needs macOS 15; the package targets 14).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
