import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The ledger's file descriptor: opened for appending, locked against a second tapform run, read in
/// chunks, repaired by truncation, appended to, and synced to disk.
///
/// `sync()` and `closeFile()` run on one serial queue, off Swift's concurrency pool (fsync blocks), so a
/// close never overtakes a sync in flight. Appends come from one actor. Hence `@unchecked Sendable`.
final class LedgerFile: @unchecked Sendable {
    let path: String
    private var fd: Int32
    private let syncQueue = DispatchQueue(label: "tapform.invite-ledger.fsync")

    /// Opens (creating it and its parent directories if needed) and locks the file.
    init(url: URL) throws {
        path = url.path
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw LedgerError(path: path, message: "cannot create its directory: \((error as NSError).localizedDescription)")
        }
        fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure(path, "cannot open the ledger") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let error = errno == EWOULDBLOCK
                ? LedgerError(path: path, message: "the ledger is in use by another tapform run; wait for it to finish")
                : Self.failure(path, "cannot lock the ledger")
            // Through closeFile, which forgets the descriptor: deinit runs after a throwing init too, and
            // must not close the same number again (by then it may be another file's).
            closeFile()
            throw error
        }
    }

    deinit { closeFile() }

    /// Closes the file and releases the lock, after any sync in flight; later reads and writes fail.
    func closeFile() {
        syncQueue.sync {
            guard fd >= 0 else { return }
            _ = close(fd)
            fd = -1
        }
    }

    /// Calls `body` with each complete line (without its LF) and its 1-based number, reading in
    /// 64 KiB chunks. Returns the bytes after the last LF and the offset where they start.
    func forEachLine(_ body: ([UInt8], Int) throws -> Void) throws -> (tail: [UInt8], offset: Int) {
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw Self.failure(path, "cannot read the ledger") }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var current: [UInt8] = []
        var lineNumber = 1
        var lineStart = 0
        var offset = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw Self.failure(path, "cannot read the ledger") }
            if count == 0 { return (current, lineStart) }
            for byte in chunk[0..<count] {
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
    }

    /// Cuts the file at `offset` and syncs it.
    func truncate(to offset: Int) throws {
        guard ftruncate(fd, off_t(offset)) == 0, fsync(fd) == 0 else {
            throw Self.failure(path, "cannot repair the ledger's torn last line")
        }
    }

    /// Appends `bytes` at the end of the file and returns once they are on disk (fsync).
    func appendAndSync(_ bytes: [UInt8]) throws {
        try append(bytes)
        guard fsync(fd) == 0 else { throw Self.failure(path, "cannot flush the ledger to disk") }
    }

    /// Writes everything appended so far to disk; returns once it is there.
    func sync() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            syncQueue.async { [self] in
                if fd >= 0, fsync(fd) == 0 {
                    continuation.resume()
                } else {
                    continuation.resume(throwing: Self.failure(path, "cannot flush the ledger to disk"))
                }
            }
        }
    }

    /// Appends `bytes` at the end of the file (not yet synced: see `sync()`).
    func append(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw Self.failure(path, "cannot write to the ledger") }
            written += result
        }
    }

    private static func failure(_ path: String, _ what: String) -> LedgerError {
        LedgerError(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
