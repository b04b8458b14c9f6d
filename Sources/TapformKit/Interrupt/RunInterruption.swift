import Foundation

/// A request to stop a run, shared by whoever receives the signal and the use cases that check it.
///
/// The first `request` wins and is kept (`signal`); the use cases read `isRequested` before each new
/// request they would start, and `requested()` lets a task wait for it. Nothing here stops anything by
/// itself: each use case decides what "stop" means for its work (finish what is in flight, then report).
/// Safe to use from any thread.
public final class RunInterruption: @unchecked Sendable {
    private let lock = NSLock()
    private var first: StopSignal?
    private var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter: UInt64 = 0

    public init() {}

    /// The signal that asked the run to stop, if one did.
    public var signal: StopSignal? { lock.withLock { first } }

    public var isRequested: Bool { signal != nil }

    /// Asks the run to stop. Returns false when a stop was already requested (this is a second signal).
    @discardableResult
    public func request(_ signal: StopSignal) -> Bool {
        let resumed: [CheckedContinuation<Void, Never>]? = lock.withLock {
            guard first == nil else { return nil }
            first = signal
            defer { waiters = [:] }
            return Array(waiters.values)
        }
        guard let resumed else { return false }
        for waiter in resumed { waiter.resume() }
        return true
    }

    /// Returns once a stop is requested (at once if it already was), or once the calling task is cancelled.
    public func requested() async {
        let id = lock.withLock { () -> UInt64 in
            nextWaiter += 1
            return nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = lock.withLock { () -> Bool in
                    if first != nil || Task.isCancelled { return true }
                    waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            lock.withLock { waiters.removeValue(forKey: id) }?.resume()
        }
    }
}
