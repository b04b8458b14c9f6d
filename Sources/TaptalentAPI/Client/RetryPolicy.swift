import Foundation

/// Waits between retries. Injectable so tests can record the waits instead of sleeping.
public protocol RetrySleeper: Sendable {
    func sleep(for duration: Duration) async throws
}

/// Sleeps with `Task.sleep` (cancellable).
public struct TaskSleeper: RetrySleeper {
    public init() {}
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}

/// When a POST may be sent again after a failed attempt. A POST creates something, so repeating one whose
/// outcome is unknown could create it twice.
public enum PostRetry: Sendable, Hashable {
    /// Never retry a POST.
    case never
    /// Retry only when the failed attempt provably did nothing: a 429 answer, or no connection made.
    case whenNotApplied
    /// Retry on every retryable failure, like GET (for POSTs the caller knows to be idempotent).
    case always
}

/// Bounded exponential backoff with jitter for network errors, 429 and 5xx.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included (1 means no retry).
    public var maxAttempts: Int
    /// The wait before the first retry; doubled for each later one.
    public var baseDelay: Duration
    /// The longest backoff wait.
    public var maxDelay: Duration
    /// Fraction (0...1) of each backoff wait that is randomised: the wait is `d * (1 - jitter * r)`, r in 0..<1.
    public var jitter: Double
    /// The longest `Retry-After` honoured; a server asking for more is not retried (the error says so).
    public var maxRetryAfter: Duration
    /// Which failures of a POST are retried.
    public var postRetry: PostRetry
    public var sleeper: any RetrySleeper
    /// Source of randomness for jitter, in 0..<1.
    public var random: @Sendable () -> Double

    public init(
        maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(250), maxDelay: Duration = .seconds(8),
        jitter: Double = 0.5, maxRetryAfter: Duration = .seconds(60), postRetry: PostRetry = .whenNotApplied,
        sleeper: any RetrySleeper = TaskSleeper(), random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
        self.maxRetryAfter = maxRetryAfter
        self.postRetry = postRetry
        self.sleeper = sleeper
        self.random = random
    }

    /// The default: 5 attempts, 250 ms doubling to at most 8 s, half of each wait jittered.
    public static var standard: RetryPolicy { RetryPolicy() }

    /// A single attempt, no retries.
    public static var none: RetryPolicy { RetryPolicy(maxAttempts: 1) }

    /// The backoff before retry number `retry` (1 for the wait after the first attempt).
    public func backoff(beforeRetry retry: Int) -> Duration {
        let exponent = Double(min(max(retry - 1, 0), 30))
        let full = min(baseDelay.seconds * pow(2, exponent), maxDelay.seconds)
        let factor = 1 - jitter * min(max(random(), 0), 1)
        return .seconds(full * factor)
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
