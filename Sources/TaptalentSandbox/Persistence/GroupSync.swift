import Foundation

/// Group commit for the journal: writers append without syncing, then wait here until an fsync that
/// started after their append has finished. One fsync covers every append made before it began, so
/// concurrent writers share fsyncs instead of queueing behind one each.
final class GroupSync: @unchecked Sendable {
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "tapform.sandbox.journal-sync")
    private let sync: () throws -> Void
    private var written: Int64 = 0
    private var synced: Int64 = 0
    private var syncing = false
    private var waiters: [(seq: Int64, continuation: CheckedContinuation<Void, any Error>)] = []

    /// `sync` makes every append made so far durable (the journal's fsync).
    init(sync: @escaping () throws -> Void) { self.sync = sync }

    /// Notes that the entry `seq` has been appended (call before `waitDurable`).
    func appended(_ seq: Int64) { lock.withLock { written = max(written, seq) } }

    /// Returns once entry `seq` is on disk; throws if the fsync failed.
    func waitDurable(_ seq: Int64) async throws {
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
