/// The time as the client sees it: the latency of each answer (`ConcurrencyGate`) and the length of a
/// rate-limit streak (`RateLimitStreak`). Injectable, so their tests run on a manual clock.
public protocol LimiterClock: Sendable {
    var now: ContinuousClock.Instant { get }
}

/// The continuous clock.
public struct SystemLimiterClock: LimiterClock {
    public init() {}
    public var now: ContinuousClock.Instant { .now }
}
