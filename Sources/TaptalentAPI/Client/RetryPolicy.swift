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
///
/// A 429 that carries a `Retry-After` the client honours is the server saying "not processed, come back
/// then": it does not spend `maxAttempts`. Such answers are bounded instead by how long the server has
/// refused every request of the client (`maxRateLimitWait`) and by how often it refused one request
/// (`maxRateLimitedAnswers`), so a run under a tight rate limit finishes, and a server that refuses
/// forever ends every request soon after the first one gives up.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included (1 means no retry), not counting the 429s answered with an
    /// honoured `Retry-After`.
    public var maxAttempts: Int
    /// The wait before the first retry; doubled for each later one.
    public var baseDelay: Duration
    /// The longest backoff wait.
    public var maxDelay: Duration
    /// Fraction (0...1) of each backoff wait that is randomised: the wait is `d * (1 - jitter * r)`, r in 0..<1.
    public var jitter: Double
    /// The longest `Retry-After` honoured; a server asking for more is not retried (the error says so).
    public var maxRetryAfter: Duration
    /// The longest the client waits while the server refuses every request with a 429 and `Retry-After`
    /// (`RateLimitStreak`): a request that would wait beyond it fails, and its error says so.
    public var maxRateLimitWait: Duration
    /// The most 429 answers with an honoured `Retry-After` one request takes (while others go through);
    /// 0 retries none.
    public var maxRateLimitedAnswers: Int
    /// Which failures of a POST are retried.
    public var postRetry: PostRetry
    public var sleeper: any RetrySleeper
    /// The time the rate-limit streak is measured in; a test's manual clock moves with its sleeper.
    public var clock: any LimiterClock
    /// Source of randomness for jitter, in 0..<1.
    public var random: @Sendable () -> Double

    public init(
        maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(250), maxDelay: Duration = .seconds(8),
        jitter: Double = 0.5, maxRetryAfter: Duration = .seconds(60), maxRateLimitWait: Duration = .seconds(300),
        maxRateLimitedAnswers: Int = 1_000, postRetry: PostRetry = .whenNotApplied,
        sleeper: any RetrySleeper = TaskSleeper(), clock: any LimiterClock = SystemLimiterClock(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
        self.maxRetryAfter = maxRetryAfter
        self.maxRateLimitWait = maxRateLimitWait
        self.maxRateLimitedAnswers = max(0, maxRateLimitedAnswers)
        self.postRetry = postRetry
        self.sleeper = sleeper
        self.clock = clock
        self.random = random
    }

    /// The default: 5 attempts, 250 ms doubling to at most 8 s, half of each wait jittered; a 429 with
    /// `Retry-After` waits what it says (at most 60 s) while the server has refused everything for at most
    /// 5 minutes, and at most 1,000 times for one request.
    public static var standard: RetryPolicy { RetryPolicy() }

    /// A single attempt, no retries (a 429 with `Retry-After` included).
    public static var none: RetryPolicy { RetryPolicy(maxAttempts: 1, maxRateLimitedAnswers: 0) }

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
