import Foundation

/// Collects lines from a `@Sendable` callback (a debug sink, a request log, a server's output), and lets a
/// test wait for them without sleeping.
public final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    private var waiters: [(count: Int, continuation: CheckedContinuation<[String], Never>)] = []

    public init() {}

    /// Every line so far.
    public var lines: [String] { lock.withLock { collected } }

    /// `add` as a callback.
    public var sink: @Sendable (String) -> Void { { line in self.add(line) } }

    public func add(_ line: String) {
        let ready: [CheckedContinuation<[String], Never>]
        let snapshot: [String]
        lock.lock()
        collected.append(line)
        snapshot = collected
        ready = waiters.filter { $0.count <= collected.count }.map(\.continuation)
        waiters.removeAll { $0.count <= collected.count }
        lock.unlock()
        ready.forEach { $0.resume(returning: snapshot) }
    }

    /// Returns once at least `count` lines have arrived.
    public func wait(for count: Int) async -> [String] {
        await withCheckedContinuation { continuation in
            lock.lock()
            if collected.count >= count {
                let snapshot = collected
                lock.unlock()
                continuation.resume(returning: snapshot)
            } else {
                waiters.append((count, continuation))
                lock.unlock()
            }
        }
    }
}
