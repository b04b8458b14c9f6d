/// Admits a client's requests: at most `permits` in flight, the rest wait in order of arrival (retries
/// before new requests).
///
/// Adaptive, it learns the limit from the answers (`AdaptiveLimit`), and while any request waits out a
/// `Retry-After` (between `beginHold` and `endHold`) it admits none: one 429 slows every request of the
/// client, not only the one that got it. Fixed, it admits exactly the configured number and leaves each
/// request to honour its own `Retry-After`.
public actor ConcurrencyGate {
    /// A request admitted; give it back with `release`.
    public struct Permit: Sendable {
        let started: ContinuousClock.Instant
        /// Requests in flight when it was admitted, itself included.
        let inFlight: Int
    }

    private var adaptive: AdaptiveLimit?
    private let fixed: Int
    private let clock: any LimiterClock
    private var inFlight = 0
    private var holds = 0
    private var waiters: [(id: UInt64, isRetry: Bool, continuation: CheckedContinuation<Permit, any Error>)] = []
    private var nextWaiter: UInt64 = 0

    public init(_ limit: ConcurrencyLimit, clock: any LimiterClock = SystemLimiterClock()) {
        switch limit {
        case .adaptive(let maximum): adaptive = AdaptiveLimit(maximum: maximum)
        case .fixed: adaptive = nil
        }
        fixed = limit.maximum
        self.clock = clock
    }

    /// Requests allowed in flight now.
    public var permits: Int { adaptive?.permits ?? fixed }
    /// The adaptive limit's state (nil when fixed).
    public var limit: AdaptiveLimit? { adaptive }
    /// Requests admitted and not yet released.
    public var running: Int { inFlight }
    /// Requests waiting to be admitted.
    public var waiting: Int { waiters.count }

    /// Waits until the request may be sent. Throws `CancellationError` when the task is cancelled first.
    /// - Parameter retry: the request is a retry (it already waited its turn once, and maybe a
    ///   `Retry-After`): it goes before the requests that have not been sent yet, so that a request is not
    ///   refused again and again while newer ones take the capacity.
    public func acquire(retry: Bool = false) async throws -> Permit {
        try Task.checkCancellation()
        if waiters.isEmpty, holds == 0, inFlight < permits { return admit() }
        let id = nextWaiter
        nextWaiter += 1
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let retriesFirst = waiters.firstIndex { !$0.isRetry } ?? waiters.endIndex
                waiters.insert((id, retry, continuation), at: retry ? retriesFirst : waiters.endIndex)
                grant()
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    /// Gives a permit back with what its answer said.
    public func release(_ permit: Permit, _ signal: AdaptiveLimit.Signal) {
        inFlight -= 1
        let now = clock.now
        adaptive?.record(signal, latency: now - permit.started, inFlight: permit.inFlight, at: now)
        grant()
    }

    /// A request starts waiting out a `Retry-After`: when adaptive, nothing is admitted until every such
    /// wait has ended (`endHold`).
    public func beginHold() {
        if adaptive != nil { holds += 1 }
    }

    /// The wait that `beginHold` announced is over (or was cancelled).
    public func endHold() {
        guard adaptive != nil, holds > 0 else { return }
        holds -= 1
        grant()
    }

    private func admit() -> Permit {
        inFlight += 1
        return Permit(started: clock.now, inFlight: inFlight)
    }

    private func grant() {
        while holds == 0, !waiters.isEmpty, inFlight < permits {
            waiters.removeFirst().continuation.resume(returning: admit())
        }
    }

    private func cancel(_ id: UInt64) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
