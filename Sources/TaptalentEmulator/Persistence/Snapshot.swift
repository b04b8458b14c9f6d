import Foundation
import TapformSupport

/// The whole state at a journal position, replaced atomically (temporary file, fsync, rename).
struct Snapshot: Codable, Sendable {
    static let currentVersion = 1

    var version: Int
    /// The sequence number of the last journal entry the state includes.
    var lastSeq: Int64
    var state: EmulatorState

    /// The snapshot at `path`, or nil when there is none yet.
    static func read(path: String) throws -> Snapshot? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let snapshot: Snapshot
        do {
            snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw EmulatorStartError.damagedData(path: path, reason: "the snapshot cannot be read (\(error))")
        }
        guard snapshot.version == currentVersion else {
            throw EmulatorStartError.damagedData(path: path, reason: "unknown snapshot version \(snapshot.version)")
        }
        return snapshot
    }

    func write(path: String) throws {
        try AtomicFile.replace(path, with: JSONEncoder().encode(self), permissions: 0o600)
    }
}
