import Foundation
import TapformSupport

/// The durable side of the store: a data directory holding `snapshot.json` and `journal.log`, locked
/// against a second emulator. Loading replays the journal over the snapshot, then folds it into a fresh
/// snapshot. Used only from inside the store actor.
final class DurableLog {
    /// A journal this large is folded into a new snapshot.
    static let compactionBytes: Int64 = 32 * 1024 * 1024

    private let snapshotPath: String
    private let journal: Journal
    private let lock: AppendOnlyFile
    private var lastSeq: Int64

    /// Opens (creating) the directory and returns the log with the state it holds.
    static func open(directory: String) throws -> (log: DurableLog, state: EmulatorState) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw EmulatorStartError.damagedData(path: directory, reason: "cannot create the data directory")
        }
        let lock = try AppendOnlyFile(path: directory + "/lock", permissions: 0o600)
        guard lock.lockExclusively() else { throw EmulatorStartError.dataDirectoryInUse(path: directory) }

        let snapshotPath = directory + "/snapshot.json"
        let journalPath = directory + "/journal.log"
        let snapshot = try Snapshot.read(path: snapshotPath)
        var state = snapshot?.state ?? EmulatorState.initial()
        var lastSeq = snapshot?.lastSeq ?? 0
        for entry in try Journal.read(path: journalPath).entries where entry.seq > lastSeq {
            state.apply(entry.mutation)
            lastSeq = entry.seq
        }
        try Snapshot(version: Snapshot.currentVersion, lastSeq: lastSeq, state: state).write(path: snapshotPath)
        let journal = try Journal(path: journalPath)
        try journal.removeAll()
        let log = DurableLog(snapshotPath: snapshotPath, journal: journal, lock: lock, lastSeq: lastSeq)
        return (log, state)
    }

    private init(snapshotPath: String, journal: Journal, lock: AppendOnlyFile, lastSeq: Int64) {
        self.snapshotPath = snapshotPath
        self.journal = journal
        self.lock = lock
        self.lastSeq = lastSeq
        self.syncer = GroupCommit(label: "tapform.emulator.journal-sync") { [journal] in try journal.sync() }
    }

    /// Shares journal fsyncs between concurrent writers.
    let syncer: GroupCommit

    /// Appends one mutation (not yet synced) and returns its sequence number, for `syncer.waitDurable`.
    func record(_ mutation: Mutation) throws -> Int64 {
        try journal.append(JournalEntry(seq: lastSeq + 1, mutation: mutation))
        lastSeq += 1
        syncer.appended(lastSeq)
        return lastSeq
    }

    /// Closes the files and releases the directory lock (once every write has been answered).
    func close() {
        journal.close()
        lock.close()
    }

    /// Folds the journal into a new snapshot once it has grown large. `state` must include every entry.
    /// The snapshot is synced before the journal is cut, so entries still waiting for their fsync stay durable.
    func compactIfNeeded(_ state: EmulatorState) throws {
        guard journal.byteCount >= DurableLog.compactionBytes else { return }
        try Snapshot(version: Snapshot.currentVersion, lastSeq: lastSeq, state: state).write(path: snapshotPath)
        try journal.removeAll()
    }
}
