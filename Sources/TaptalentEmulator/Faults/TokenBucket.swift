/// A token bucket, as an account-wide rate limit: `rate` tokens a second flow in up to `capacity`; each
/// request takes one, and a request that finds none is refused with the wait until the next one. Pure:
/// the caller passes the time, so tests need no clock.
struct TokenBucket: Sendable {
    let rate: Double
    let capacity: Double
    private var tokens: Double
    private var updated: ContinuousClock.Instant

    /// Starts full.
    init(rate: Double, capacity: Double, now: ContinuousClock.Instant) {
        self.rate = rate
        self.capacity = max(1, capacity)
        tokens = self.capacity
        updated = now
    }

    /// Takes a token: nil when one was there, else how long until the next one flows in.
    mutating func take(at now: ContinuousClock.Instant) -> Duration? {
        let elapsed = now - updated
        if elapsed > .zero {
            tokens = min(capacity, tokens + Self.seconds(elapsed) * rate)
            updated = now
        }
        if tokens >= 1 {
            tokens -= 1
            return nil
        }
        return .seconds((1 - tokens) / rate)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
