import Foundation
import TapformSupport

extension AtomicFile {
    /// Replaces a file all at once (`replace`), with tapform's messages: a reader sees the old file or the
    /// new one, never half of one. `mode`: the new file's permissions (before the umask); give the old
    /// file's to keep them.
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o644) throws {
        do {
            try replace(url.path, with: data, permissions: mode)
        } catch let error as FileError where error.operation == "open" {
            throw TapformError("\(url.path): cannot create a temporary file in \(url.deletingLastPathComponent().path): \(error.reason)")
        } catch let error as FileError {
            throw TapformError("\(url.path): cannot write the file: \(error.reason)")
        }
    }
}
