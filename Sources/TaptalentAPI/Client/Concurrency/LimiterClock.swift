/// The time as `ConcurrencyGate` sees it, for the latency of each answer. Injectable, so the limiter's
/// tests run on a manual clock.
public protocol LimiterClock: Sendable {
    var now: ContinuousClock.Instant { get }
}

/// The continuous clock.
public struct SystemLimiterClock: LimiterClock {
    public init() {}
    public var now: ContinuousClock.Instant { .now }
}
