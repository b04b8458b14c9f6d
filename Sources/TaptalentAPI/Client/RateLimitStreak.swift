import Foundation

/// How long the server has refused every request of one client with a 429 and a `Retry-After`: such an
/// answer says "not processed, come back then", so it does not spend a request's attempts; this streak
/// bounds them instead. Any other answer (a success, or another error) ends the streak: the account
/// is being served, and a request refused again waits its turn. Pure: every event comes with its time.
public struct RateLimitStreak: Sendable, Hashable {
    /// The longest streak the client waits through (`RetryPolicy.maxRateLimitWait`).
    public let maximum: Duration
    /// When the first 429 of the streak arrived; nil while there is none.
    public private(set) var since: ContinuousClock.Instant?

    public init(maximum: Duration) {
        self.maximum = maximum
    }

    /// An answer that was not a 429 with `Retry-After`: the streak is over.
    public mutating func answered() {
        since = nil
    }

    /// A 429 asking to wait `retryAfter`, arrived at `now`. True when the client may wait and retry: the
    /// streak, that wait included, stays within `maximum`.
    public mutating func refused(at now: ContinuousClock.Instant, retryAfter: Duration) -> Bool {
        let start = since ?? now
        since = start
        return now + retryAfter - start <= maximum
    }

    /// How long the streak has lasted at `now` (zero when there is none).
    public func length(at now: ContinuousClock.Instant) -> Duration {
        since.map { now - $0 } ?? .zero
    }
}

/// The streak of one client, shared by its copies and its concurrent requests.
final class SharedRateLimitStreak: @unchecked Sendable {
    // Guarded by `lock`.
    private var streak: RateLimitStreak
    private let lock = NSLock()

    init(maximum: Duration) {
        streak = RateLimitStreak(maximum: maximum)
    }

    func answered() {
        lock.withLock { streak.answered() }
    }

    /// See `RateLimitStreak.refused`; also returns the streak's length at `now`.
    func refused(at now: ContinuousClock.Instant, retryAfter: Duration) -> (mayWait: Bool, length: Duration) {
        lock.withLock {
            let mayWait = streak.refused(at: now, retryAfter: retryAfter)
            return (mayWait, streak.length(at: now))
        }
    }
}
