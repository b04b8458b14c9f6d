import Foundation
import TaptalentAPI

/// Records every retry wait instead of sleeping, so tests can assert the waits without taking them.
final class RecordingSleeper: RetrySleeper {
    private let recorded = Locked<[Duration]>([])

    var waits: [Duration] { recorded.withLock { $0 } }

    func sleep(for duration: Duration) async throws {
        recorded.withLock { $0.append(duration) }
        try Task.checkCancellation()
    }
}

/// A retry policy for tests: no jitter, tiny delays, waits recorded.
func testRetryPolicy(_ sleeper: RecordingSleeper, maxAttempts: Int = 5, postRetry: PostRetry = .whenNotApplied) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(80), jitter: 0,
                maxRetryAfter: .seconds(5), postRetry: postRetry, sleeper: sleeper, random: { 0 })
}

/// Collects debug lines.
final class LineCollector: Sendable {
    private let stored = Locked<[String]>([])
    var lines: [String] { stored.withLock { $0 } }
    var sink: @Sendable (String) -> Void { { line in self.stored.withLock { $0.append(line) } } }
}
