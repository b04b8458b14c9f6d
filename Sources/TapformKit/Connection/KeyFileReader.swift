import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an `apiKeyFile`: a regular file (a symbolic link to one is fine) of at most `maxBytes`. A folder,
/// a FIFO, a socket or a device is refused without reading from it (a FIFO with no writer would block
/// forever), as is a file too large to be a key file. Errors are sentences naming the file, never raw
/// error numbers.
enum KeyFileReader {
    /// The largest key file read. A key is about 30 characters; this leaves room for a trailing newline,
    /// white space and a longer key format, and refuses anything that is clearly not a key file.
    static let maxBytes = 1024

    /// Why a key file cannot be used, and what to do: `problem` names the file.
    struct Failure: Error, Equatable {
        var problem: String
        var fix: String
    }

    /// - Parameters:
    ///   - url: the resolved path.
    ///   - shown: the path as the user wrote it, for messages.
    static func read(_ url: URL, shown: String) -> Result<[UInt8], Failure> {
        let path = url.path
        let name = isSymbolicLink(path) ? "the file \(shown) (a symbolic link)" : "the file \(shown)"
        let fix = "write the API key alone into \(shown), or point apiKeyFile in tapform.yaml at the file that holds it"
        var target = stat()
        if stat(path, &target) == 0, target.st_mode & S_IFMT != S_IFREG {
            return .failure(Failure(problem: "\(name) is \(kind(target.st_mode & S_IFMT)), not a regular file", fix: fix))
        }
        // O_NONBLOCK: should the file become a FIFO after the check above, opening it still returns at once
        // instead of waiting for a writer; fstat below then refuses it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR:
                let what = isSymbolicLink(path) ? "leads to nothing (its target does not exist)" : "does not exist"
                return .failure(Failure(problem: "\(name) \(what)", fix: fix))
            case EACCES, EPERM:
                return .failure(Failure(problem: "\(name) cannot be read (permission denied)",
                                        fix: "make \(shown) readable by the user that runs tapform"))
            case ELOOP:
                return .failure(Failure(problem: "\(name) is a loop of symbolic links", fix: fix))
            default:
                return .failure(Failure(problem: "\(name) cannot be opened (\(String(cString: strerror(code))))", fix: fix))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(Failure(problem: "\(name) cannot be examined (\(String(cString: strerror(errno))))", fix: fix))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            return .failure(Failure(problem: "\(name) is \(kind(type)), not a regular file", fix: fix))
        }
        guard info.st_size <= maxBytes else {
            return .failure(Failure(
                problem: "\(name) has \(info.st_size) bytes, more than a key file may hold (\(maxBytes) bytes)", fix: fix))
        }
        // Read one byte past the limit: a file that grew since fstat is still caught.
        let data: Data
        do {
            data = try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return .failure(Failure(problem: "\(name) cannot be read", fix: fix))
        }
        guard data.count <= maxBytes else {
            return .failure(Failure(problem: "\(name) holds more than a key file may (\(maxBytes) bytes)", fix: fix))
        }
        return .success(Array(data))
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "something other than a file"
        }
    }
}
