import Foundation
import TapformSupport
import TaptalentAPI

/// The faults set by `PUT /__sandbox/faults`, drawn from a generator seeded by the `seed` field.
/// Every API request draws once to choose 500, 429 or neither (before anything is applied); a write
/// that succeeded draws once more for `dropAfterWrite`. With one request at a time the outcome of each
/// request is fixed by the seed. The rate limit, when set, is a token bucket shared by every API request
/// (one account), checked after the key and before the drawn faults.
final class FaultInjector: @unchecked Sendable {
    private let lock = NSLock()
    private var faults = EmulatorFaults()
    private var random = SplitMix64(seed: 0)
    private var bucket: TokenBucket?
    /// What the emulator was started with, and what `reset()` returns to.
    private let initial: EmulatorFaults

    /// Starts with `faults` (the emulator's configuration; all zero by default).
    init(_ faults: EmulatorFaults = EmulatorFaults()) {
        initial = faults
        configure(faults)
    }

    var current: EmulatorFaults { lock.withLock { faults } }

    func configure(_ faults: EmulatorFaults) {
        lock.withLock {
            self.faults = faults
            random = SplitMix64(seed: faults.seed)
            bucket = faults.rateLimitPerSecond > 0
                ? TokenBucket(rate: faults.rateLimitPerSecond, capacity: Double(faults.effectiveRateLimitBurst), now: .now)
                : nil
        }
    }

    /// Back to the faults the emulator was started with (a full bucket).
    func reset() { configure(initial) }

    /// Takes one request from the rate limit: nil when it may go on, else the 429 to answer, whose
    /// `Retry-After` is the wait for the next token, rounded up to the millisecond.
    func rateLimited(at now: ContinuousClock.Instant = .now) -> APIError? {
        lock.withLock {
            guard let wait = bucket?.take(at: now) else { return nil }
            let (whole, attoseconds) = wait.components
            let millis = (Double(whole) * 1000 + Double(attoseconds) / 1e15).rounded(.up)
            return .rateLimited(retryAfter: Self.retryAfterHeader(max(1, millis) / 1000))
        }
    }

    /// The wait of one request: `latencyMs`, plus a draw up to `latencyJitterMs` when that is set (only
    /// then is a draw taken, so seeds without jitter replay their faults as before).
    func latency() -> Duration {
        lock.withLock {
            guard faults.latencyJitterMs > 0 else { return .milliseconds(faults.latencyMs) }
            return .milliseconds(faults.latencyMs) + .microseconds(Int64(random.unit() * Double(faults.latencyJitterMs) * 1000))
        }
    }

    /// Draws the before-handling fault for one request.
    func beforeHandling() -> APIError? {
        lock.withLock {
            guard faults.error500 > 0 || faults.error429 > 0 else { return nil }
            let draw = random.unit()
            if draw < faults.error500 {
                return .internalError("Injected fault: internal error.")
            }
            if draw < faults.error500 + faults.error429 {
                return .rateLimited(retryAfter: Self.retryAfterHeader(faults.retryAfterSeconds))
            }
            return nil
        }
    }

    /// Draws whether to drop the connection after a write that was applied.
    func dropsAfterWrite() -> Bool {
        lock.withLock {
            guard faults.dropAfterWrite > 0 else { return false }
            return random.unit() < faults.dropAfterWrite
        }
    }

    /// `Retry-After` in seconds: a whole number when whole, else a decimal with up to three places
    /// (tapform's client reads decimals; an integer-only client should be given whole seconds).
    static func retryAfterHeader(_ seconds: Double) -> String {
        if seconds.rounded() == seconds { return String(Int(seconds)) }
        let millis = (seconds * 1000).rounded()
        return String(format: "%.3f", millis / 1000)
            .replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }
}
