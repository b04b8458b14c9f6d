import Foundation

/// Group commit for an append-only file: writers append without syncing, note the append's sequence
/// number here, then wait until an fsync that started after their append has finished. One fsync covers
/// every append made before it began, so concurrent writers share fsyncs instead of queueing behind one
/// each. The fsyncs run on a dispatch queue of their own, off Swift's concurrency pool (fsync blocks).
public final class GroupCommit: @unchecked Sendable {
    private let lock = NSLock()
    private let queue: DispatchQueue
    private let sync: () throws -> Void
    private var written: Int64 = 0
    private var synced: Int64 = 0
    private var syncing = false
    private var waiters: [(seq: Int64, continuation: CheckedContinuation<Void, any Error>)] = []

    /// `sync` makes every append made so far durable (the file's fsync); `label` names the queue it runs on.
    public init(label: String, sync: @escaping () throws -> Void) {
        queue = DispatchQueue(label: label)
        self.sync = sync
    }

    /// Notes that the append numbered `seq` has been written (call before `waitDurable`). Numbers grow
    /// with each append.
    public func appended(_ seq: Int64) { lock.withLock { written = max(written, seq) } }

    /// Returns once append `seq` is on disk; throws if the fsync failed (every writer waiting on that
    /// fsync gets the error; a later wait starts a new fsync).
    public func waitDurable(_ seq: Int64) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            lock.lock()
            if synced >= seq {
                lock.unlock()
                continuation.resume()
                return
            }
            waiters.append((seq, continuation))
            let start = !syncing
            syncing = true
            lock.unlock()
            if start { queue.async { self.run() } }
        }
    }

    /// Syncs until no one is waiting: each round covers everything appended before it began.
    private func run() {
        while true {
            let target = lock.withLock { written }
            let failure: (any Error)?
            do { try sync(); failure = nil } catch { failure = error }
            let ready: [CheckedContinuation<Void, any Error>]
            lock.lock()
            if let failure {
                ready = waiters.map(\.continuation)
                waiters = []
                syncing = false
                lock.unlock()
                ready.forEach { $0.resume(throwing: failure) }
                return
            }
            synced = max(synced, target)
            ready = waiters.filter { $0.seq <= target }.map(\.continuation)
            waiters.removeAll { $0.seq <= target }
            let done = waiters.isEmpty
            if done { syncing = false }
            lock.unlock()
            ready.forEach { $0.resume() }
            if done { return }
        }
    }
}
