/// An AIMD concurrency limit with a latency signal, after the limiters of Netflix's concurrency-limits.
/// Pure: every sample comes with its time, so it is tested without a clock.
///
/// - It starts at `initial` and, in slow start, grows by one per healthy answer (doubling per round trip)
///   until the first sign of overload; then by one per round trip (1/limit per healthy answer).
/// - It grows only while it is used: an answer that left at most half the limit in flight says nothing
///   about a larger one.
/// - A 429, a 5xx or a timeout multiplies it by `overloadFactor`; latency rising above `latencyTolerance`
///   times the baseline (and by more than `latencyFloor`) by `latencyFactor`. After a decrease, the answers
///   to requests sent before it cannot cause another for one smoothed round trip.
/// - The latency signal compares two averages of healthy answers, as the gradient limiter does: a short
///   one (the last few answers) against a long one (the baseline, the last hundred or so), so jitter around
///   the usual latency is no signal, a sudden rise is, and a lasting change becomes the new usual.
public struct AdaptiveLimit: Sendable {
    /// What one answer says about the load.
    public enum Signal: Sendable, Hashable {
        /// A 2xx: its latency counts.
        case success
        /// A 429, a 5xx or a timeout.
        case overload
        /// Anything else (a 4xx, a connection that failed): says nothing about the load.
        case ignored
    }

    public static let initial = 4
    public static let overloadFactor = 0.5
    public static let latencyFactor = 0.9
    public static let latencyTolerance = 2.0
    public static let latencyFloor: Duration = .milliseconds(25)
    /// The weight of a new sample in the smoothed (short) latency average.
    static let smoothing = 0.2
    /// The weight of a new sample in the baseline (long) latency average.
    static let baselineSmoothing = 0.02

    public let maximum: Int
    /// The limit, fractional (requests allowed in flight: `permits`).
    public private(set) var limit: Double
    public private(set) var isInSlowStart = true
    /// The long average latency of healthy answers.
    public private(set) var baseline: Duration?
    /// The short average latency of healthy answers.
    public private(set) var smoothed: Duration?
    private var holdUntil: ContinuousClock.Instant?

    public init(maximum: Int) {
        self.maximum = max(1, maximum)
        limit = Double(min(Self.initial, self.maximum))
    }

    /// Requests allowed in flight now.
    public var permits: Int { min(maximum, max(1, Int(limit))) }

    /// Takes one answer into account: its signal, how long it took, how many requests were in flight when
    /// it was sent (itself included), and when it arrived.
    public mutating func record(_ signal: Signal, latency: Duration, inFlight: Int, at now: ContinuousClock.Instant) {
        switch signal {
        case .ignored:
            return
        case .overload:
            decrease(by: Self.overloadFactor, at: now, window: smoothed ?? latency)
        case .success:
            let smoothed = Self.average(self.smoothed, latency, weight: Self.smoothing)
            let baseline = Self.average(self.baseline, latency, weight: Self.baselineSmoothing)
            self.smoothed = smoothed
            self.baseline = baseline
            if smoothed > baseline * Self.latencyTolerance, smoothed - baseline > Self.latencyFloor {
                decrease(by: Self.latencyFactor, at: now, window: smoothed)
            } else if inFlight * 2 >= permits {
                limit = min(Double(maximum), limit + (isInSlowStart ? 1 : 1 / limit))
            }
        }
    }

    private static func average(_ average: Duration?, _ sample: Duration, weight: Double) -> Duration {
        average.map { $0 * (1 - weight) + sample * weight } ?? sample
    }

    private mutating func decrease(by factor: Double, at now: ContinuousClock.Instant, window: Duration) {
        isInSlowStart = false
        if let holdUntil, now < holdUntil { return }
        limit = max(1, limit * factor)
        holdUntil = now + window
    }
}
