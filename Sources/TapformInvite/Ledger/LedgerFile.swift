import Foundation
import TapformSupport

/// The ledger's file: opened for appending, locked against a second tapform run, read line by line,
/// repaired by truncation, appended to, and synced to disk, with the ledger's own error messages.
final class LedgerFile: Sendable {
    let path: String
    private let file: AppendOnlyFile

    /// Opens (creating it and its parent directories if needed) and locks the file.
    init(url: URL) throws {
        path = url.path
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw LedgerError(path: path, message: "cannot create its directory: \((error as NSError).localizedDescription)")
        }
        do {
            file = try AppendOnlyFile(path: path, permissions: 0o644, readable: true)
        } catch let error as FileError {
            throw Self.failure(error, "cannot open the ledger")
        }
        guard file.lockExclusively() else {
            let error = errno == EWOULDBLOCK
                ? LedgerError(path: path, message: "the ledger is in use by another tapform run; wait for it to finish")
                : Self.failure(FileError("flock", path), "cannot lock the ledger")
            file.close()
            throw error
        }
    }

    /// Closes the file and releases the lock, after any sync in flight; later reads and writes fail.
    func closeFile() {
        file.close()
    }

    /// Calls `body` with each complete line (without its LF) and its 1-based number, reading in
    /// 64 KiB chunks. Returns the bytes after the last LF and the offset where they start.
    func forEachLine(_ body: ([UInt8], Int) throws -> Void) throws -> (tail: [UInt8], offset: Int) {
        var current: [UInt8] = []
        var lineNumber = 1
        var lineStart = 0
        var offset = 0
        do {
            try file.forEachChunk { chunk in
                for byte in chunk {
                    offset += 1
                    if byte == 0x0A {
                        try body(current, lineNumber)
                        current.removeAll(keepingCapacity: true)
                        lineNumber += 1
                        lineStart = offset
                    } else {
                        current.append(byte)
                    }
                }
            }
        } catch let error as FileError {
            throw Self.failure(error, "cannot read the ledger")
        }
        return (current, lineStart)
    }

    /// Cuts the file at `offset` and syncs it.
    func truncate(to offset: Int) throws {
        do {
            try file.truncate(to: Int64(offset))
            try file.sync()
        } catch let error as FileError {
            throw Self.failure(error, "cannot repair the ledger's torn last line")
        }
    }

    /// Appends `bytes` at the end of the file and returns once they are on disk (fsync).
    func appendAndSync(_ bytes: [UInt8]) throws {
        try append(bytes)
        try sync()
    }

    /// Writes everything appended so far to disk; returns once it is there. Blocks: see `GroupCommit`.
    func sync() throws {
        do { try file.sync() } catch let error as FileError {
            throw Self.failure(error, "cannot flush the ledger to disk")
        }
    }

    /// Appends `bytes` at the end of the file (not yet synced: see `sync()`).
    func append(_ bytes: [UInt8]) throws {
        do { try file.append(bytes) } catch let error as FileError {
            throw Self.failure(error, "cannot write to the ledger")
        }
    }

    private static func failure(_ error: FileError, _ what: String) -> LedgerError {
        LedgerError(path: error.path, message: "\(what): \(error.reason)")
    }
}
