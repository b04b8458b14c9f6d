import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Bounds one attempt by the configured timeout. `URLRequest.timeoutInterval` alone is not enough: on
/// Linux it is an idle timeout, so a server that answers slowly but steadily is never cut off.
///
/// The timeout is a dispatch timer, cancelled (and freed) as soon as the attempt ends. A cancelled
/// `Task.sleep` would keep its memory until the time it was meant to wake (swiftlang/swift#60441): with a
/// 30 s timeout, every request of the last 30 seconds left about 0.2 KB behind, scattered through the heap,
/// which made a long invite run's peak memory grow with its length.
enum Deadline {
    /// Runs `operation`; if it has not finished after `timeout`, cancels it and throws `URLError(.timedOut)`.
    /// Cancelling the calling task cancels `operation`.
    static func run<T: Sendable>(within timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await operation() }
        let expiry = Expiry(task)
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.setEventHandler { expiry.fire() }
        timer.schedule(deadline: .now() + dispatchInterval(timeout))
        timer.activate()
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
        } catch {
            if expiry.fired { throw URLError(.timedOut) }
            throw error
        }
    }

    private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64.max / 1_000_000_000 else { return .never }
        return .nanoseconds(Int(max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)))
    }

    /// Whether the timer went off; going off cancels the attempt.
    private final class Expiry<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var didFire = false
        private let task: Task<T, any Error>

        init(_ task: Task<T, any Error>) { self.task = task }

        var fired: Bool { lock.withLock { didFire } }

        func fire() {
            lock.withLock { didFire = true }
            task.cancel()
        }
    }
}
