import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TapformSupport

/// How tapform reads a file the user gave it (assessments, templates, tapform.yaml, saved plans): only a
/// regular file, never blocking, never more than a limit. A FIFO, a device, a socket or a folder is refused
/// before it is opened (stat), the file is opened with `O_NONBLOCK` and checked again on the open descriptor
/// (fstat: it cannot be swapped in between), and the size limit is checked before reading, then again while
/// reading (a file that grows while read).
public enum RegularFile {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Nothing at the path (ENOENT): `danglingTarget` is set when the path is a symlink to nothing.
        case missing(danglingTarget: String?)
        /// Not a regular file: "a FIFO", "a folder", "a device", "a socket".
        case notRegular(String)
        case tooLarge(bytes: Int, limit: Int)
        /// Permission denied, a symlink loop, an I/O error: the system's reason.
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing(let target?): "is a symlink to \"\(target)\", which does not exist"
            case .missing(nil): "file does not exist"
            case .notRegular(let kind): "is \(kind), not a regular file; tapform reads only regular files"
            case .tooLarge(let bytes, let limit): "is \(bytes) bytes; tapform reads files up to \(limit) bytes"
            case .unreadable(let reason): "cannot be read: \(reason)"
            }
        }
    }

    /// The whole file, at most `limit` bytes.
    public static func read(atPath path: String, limit: Int) -> Result<Data, Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(failure(errno, path: path)) }
        if let kind = nonRegularKind(info.st_mode) { return .failure(.notRegular(kind)) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failure(errno, path: path)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason(errno))) }
        if let kind = nonRegularKind(info.st_mode) { return .failure(.notRegular(kind)) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }

        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            guard let count = buffer.withUnsafeMutableBytes({ SystemIO.read(descriptor, into: $0) }) else {
                return .failure(.unreadable(reason(errno)))
            }
            if count == 0 { return .success(data) }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { return .failure(.tooLarge(bytes: data.count, limit: limit)) }
        }
    }

    /// "a FIFO", "a folder", … for anything but a regular file; nil for a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// The failure for an `errno` of stat or open on `path`.
    static func failure(_ code: Int32, path: String) -> Failure {
        guard code == ENOENT else { return .unreadable(reason(code)) }
        return .missing(danglingTarget: symlinkTarget(path))
    }

    /// What a symlink at `path` points to, or nil when `path` is not a symlink.
    static func symlinkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The system's description of an error number, e.g. "Permission denied" or, for ELOOP, a plain sentence.
    static func reason(_ code: Int32) -> String {
        if code == ELOOP { return "too many levels of symbolic links (a symlink loop)" }
        return String(cString: strerror(code))
    }
}
