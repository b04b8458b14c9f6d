import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file all at once: the bytes go to a temporary file beside it, which is flushed to disk
/// and renamed over the target, so a reader sees the old file or the new one, never half of one.
public enum AtomicFileWriter {
    /// `mode`: the new file's permissions (before the umask); give the old file's to keep them.
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o644) throws {
        let directory = url.deletingLastPathComponent()
        let temp = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(url, "cannot create a temporary file in \(directory.path)") }
        var ok = true
        data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = posixWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { ok = false; return }
                written += result
            }
        }
        ok = ok && fsync(fd) == 0
        let reason = ok ? nil : String(cString: strerror(errno))
        _ = close(fd)
        guard ok, rename(temp.path, url.path) == 0 else {
            let why = reason ?? String(cString: strerror(errno))
            _ = unlink(temp.path)
            throw TapformError("\(url.path): cannot write the file: \(why)")
        }
    }

    private static func failure(_ url: URL, _ what: String) -> TapformError {
        TapformError("\(url.path): \(what): \(String(cString: strerror(errno)))")
    }
}

private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
