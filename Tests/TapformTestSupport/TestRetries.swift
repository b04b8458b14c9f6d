import Foundation
import TaptalentAPI

/// A retry policy for tests: no jitter, small delays, and no sleeping at all: every wait is recorded in
/// `sleeper` instead, so tests can assert the waits without taking them.
public func testRetryPolicy(
    _ sleeper: RecordingSleeper, maxAttempts: Int = 5, postRetry: PostRetry = .whenNotApplied
) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(80), jitter: 0,
                maxRetryAfter: .seconds(5), postRetry: postRetry, sleeper: sleeper, random: { 0 })
}

/// Records every retry wait instead of sleeping.
public final class RecordingSleeper: RetrySleeper {
    private let recorded = Locked<[Duration]>([])

    public init() {}

    public var waits: [Duration] { recorded.withLock { $0 } }

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
