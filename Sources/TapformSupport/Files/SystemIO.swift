import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)` and `write(2)` with the loops every caller needs: a call interrupted by a signal (`EINTR`)
/// is made again, and a short write is continued until every byte is written.
public enum SystemIO {
    /// Reads at most `buffer.count` bytes: the number read (0 at the end of the file), or nil with
    /// `errno` set.
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { return nil }
        }
    }

    /// Writes every byte of `buffer`: true, or false with `errno` set (a write that makes no progress
    /// fails with `EIO`).
    public static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var written = 0
        while written < buffer.count {
            let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                if result == 0 { errno = EIO }
                return false
            }
            written += result
        }
        return true
    }
}
