import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call on a file, naming the file, the call and the system's reason.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The call that failed: "open", "read", "write", "fsync", "truncate", "stat", "seek".
    public var operation: String
    public var path: String
    /// The `errno` it failed with.
    public var code: Int32

    public init(_ operation: String, _ path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The system's description of `code`, e.g. "No space left on device".
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "\(path): \(operation) failed: \(reason)" }
}

/// A file opened for appending, for records that must survive a crash (the invite ledger, the emulator's
/// journal): every append lands whole at the end of the file (short writes and `EINTR` retried), `sync`
/// puts everything appended so far on disk, `truncate` cuts a torn tail, and an exclusive lock keeps a
/// second process out.
///
/// Appends come from one writer at a time. `sync` may run on another thread meanwhile (see `GroupCommit`),
/// and `close` waits for a sync in flight, so a sync never reaches a descriptor number that has been
/// closed and reused. Hence `@unchecked Sendable`.
public final class AppendOnlyFile: @unchecked Sendable {
    public let path: String
    private var descriptor: Int32
    /// Held by `sync` and `close`.
    private let closing = NSLock()

    /// Opens `path` for appending, creating it with `permissions` if needed; `readable` also allows
    /// reading it (`forEachChunk`).
    public init(path: String, permissions: mode_t, readable: Bool = false) throws {
        let access = readable ? O_RDWR : O_WRONLY
        let descriptor = open(path, access | O_APPEND | O_CREAT | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw FileError("open", path) }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close() }

    /// Closes the file (releasing its lock) once any sync in flight has finished; later calls fail
    /// (`EBADF`), and a second `close` does nothing.
    public func close() {
        closing.withLock {
            guard descriptor >= 0 else { return }
            _ = Foundation.close(descriptor)
            descriptor = -1
        }
    }

    /// How long `lockExclusively` keeps trying while the lock is held elsewhere. A process being started
    /// (by this one or another holder) gets a copy of every descriptor and keeps it until it execs, so the
    /// lock of a holder that has just closed its file can outlive it by that instant, longer on a loaded
    /// machine; half a second covers that and is far too short to wait out a holder that is running.
    public static let lockGrace: Duration = .milliseconds(500)

    /// Takes an exclusive advisory lock, trying for at most `grace` while another process (or open file)
    /// holds it: false, with `errno` set (`EWOULDBLOCK` when the lock is held elsewhere).
    public func lockExclusively(grace: Duration = AppendOnlyFile.lockGrace) -> Bool {
        let deadline = ContinuousClock.now + grace
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK, ContinuousClock.now < deadline else { return false }
            usleep(2_000)
        }
    }

    /// Appends every byte of `bytes` at the end of the file; not on disk until `sync`.
    public func append(_ bytes: some ContiguousBytes) throws {
        let descriptor = descriptor
        guard bytes.withUnsafeBytes({ SystemIO.writeAll(descriptor, $0) }) else { throw FileError("write", path) }
    }

    /// Puts everything appended so far on disk; returns once it is there. Safe to call from another
    /// thread than the writer's.
    public func sync() throws {
        try closing.withLock {
            guard fsync(descriptor) == 0 else { throw FileError("fsync", path) }
        }
    }

    /// Cuts the file to `length` bytes (not synced).
    public func truncate(to length: Int64) throws {
        guard ftruncate(descriptor, off_t(length)) == 0 else { throw FileError("truncate", path) }
    }

    /// The file's size in bytes.
    public func size() throws -> Int64 {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError("stat", path) }
        return Int64(info.st_size)
    }

    /// Calls `body` with the whole file, from its start, in chunks of at most `chunkSize` bytes.
    /// The file must have been opened `readable`.
    public func forEachChunk(chunkSize: Int = 64 * 1024, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw FileError("seek", path) }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let descriptor = descriptor
            guard let count = chunk.withUnsafeMutableBytes({ SystemIO.read(descriptor, into: $0) }) else {
                throw FileError("read", path)
            }
            if count == 0 { return }
            try body(chunk[0..<count])
        }
    }
}
