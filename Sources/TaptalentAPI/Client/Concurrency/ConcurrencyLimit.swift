/// How many requests a client keeps in flight at once (`--parallelism`, `--fixed-parallelism`).
public enum ConcurrencyLimit: Sendable, Hashable {
    /// Adapts between 1 and `maximum` to the server's answers (`AdaptiveLimit`): grows while they are
    /// healthy, backs off on 429, 5xx, timeouts and rising latency, and a `Retry-After` holds every
    /// request back, not only the one that got it.
    case adaptive(maximum: Int)
    /// Exactly this many at most, whatever the answers; each request honours its own `Retry-After`.
    case fixed(Int)

    /// The default cap of `adaptive`, from measurements at 50 ms of latency: beyond 32, the client's own
    /// work rather than the latency bounds a run; the limit adapts below it to an account's rate limit
    /// (docs/decisions/adaptive-concurrency.md).
    public static let defaultMaximum = 32
    /// The largest cap accepted on the command line.
    public static let largestMaximum = 64
    /// `adaptive(maximum: defaultMaximum)`.
    public static let standard = ConcurrencyLimit.adaptive(maximum: defaultMaximum)

    /// The most requests ever in flight at once.
    public var maximum: Int {
        switch self {
        case .adaptive(let maximum), .fixed(let maximum): return max(1, maximum)
        }
    }
}
