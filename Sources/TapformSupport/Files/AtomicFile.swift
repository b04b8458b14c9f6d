import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file all at once: the bytes go to a new temporary file beside it, which is flushed to disk
/// and renamed over the target, then the folder is flushed; so a reader, or a crash, sees the old file or
/// the new one, never half of one. The temporary file has a name of its own (two writers do not share it)
/// and is removed when anything fails.
public enum AtomicFile {
    /// Writes `data` to `path`; a new file gets `permissions`. Throws `FileError` naming the call that failed.
    public static func replace(_ path: String, with data: some ContiguousBytes, permissions: mode_t) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        let temporary = directory.isEmpty ? name : directory + "/" + name
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw FileError("open", temporary) }
        var failure: FileError?
        if !data.withUnsafeBytes({ SystemIO.writeAll(descriptor, $0) }) {
            failure = FileError("write", temporary)
        } else if fsync(descriptor) != 0 {
            failure = FileError("fsync", temporary)
        }
        _ = close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = FileError("rename", temporary) }
        if let failure {
            _ = unlink(temporary)
            throw failure
        }
        syncDirectory(directory.isEmpty ? "." : directory)
    }

    /// Flushes a folder's entries (a rename in it) to disk. Some file systems refuse fsync on a folder;
    /// the rename is then as durable as they allow.
    static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }
}
