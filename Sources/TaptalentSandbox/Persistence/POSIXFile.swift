#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A failure of the durable store's file I/O, naming the file.
struct StorageError: Error, CustomStringConvertible {
    var path: String
    var operation: String
    var code: Int32

    init(_ operation: String, _ path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    var description: String { "\(path): \(operation) failed: \(String(cString: strerror(code)))" }
}

/// The few POSIX calls the durable store needs: append with fsync, truncate, atomic replace, locking.
final class POSIXFile {
    let path: String
    let descriptor: Int32

    /// Opens (creating if needed) for appending.
    init(appendingTo path: String) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError("open", path) }
        self.path = path
        self.descriptor = fd
    }

    private var isOpen = true

    deinit { close() }

    /// Closes the file (releasing its lock); later calls do nothing.
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = Foundation.close(descriptor)
    }

    /// Writes every byte (retrying short writes and EINTR).
    func write(_ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw StorageError("write", path)
                }
                offset += written
            }
        }
    }

    func sync() throws {
        guard fsync(descriptor) == 0 else { throw StorageError("fsync", path) }
    }

    func truncate(to length: Int64) throws {
        guard ftruncate(descriptor, off_t(length)) == 0 else { throw StorageError("truncate", path) }
    }

    func size() throws -> Int64 {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw StorageError("stat", path) }
        return Int64(info.st_size)
    }

    /// Takes an exclusive advisory lock, failing at once when another process (or open file) holds it.
    func lockExclusively() -> Bool {
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// Writes `data` to `path` atomically: a temporary file, fsync, rename over, fsync of the directory.
    static func replaceAtomically(_ path: String, with data: Data) throws {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError("open", temporary) }
        let file = POSIXFile(descriptor: fd, path: temporary)
        try file.write(data)
        try file.sync()
        guard rename(temporary, path) == 0 else { throw StorageError("rename", temporary) }
        try syncDirectory(of: path)
    }

    static func syncDirectory(of path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError("open", directory) }
        defer { _ = Foundation.close(fd) }
        // Some file systems refuse fsync on a directory; the rename is then as durable as they allow.
        _ = fsync(fd)
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }
}
