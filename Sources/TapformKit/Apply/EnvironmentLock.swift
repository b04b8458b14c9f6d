import Foundation
import TapformSpec
import TapformSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One apply at a time per environment on one machine: an advisory `flock` on a file under
/// `.tapform/locks/`, held from before the plan until the apply's report (docs/decisions/concurrent-applies.md).
///
/// The lock belongs to the open file, so the OS releases it when the holder exits in any way, a crash or
/// a kill -9 included. The file is never deleted (deleting a flock file lets a waiter lock a file that is
/// no longer the one a newcomer opens); it holds the holder's pid, host and start time, for the waiters'
/// message. Its name comes from the environment's name and URL, never from the key.
public final class EnvironmentLock: @unchecked Sendable {
    /// Where the lock files live, below the project root.
    public static let directory = ".tapform/locks"
    /// `--lock-timeout` when not given: how long a second apply waits for the first.
    public static let defaultTimeout: Duration = .seconds(300)
    /// How often a waiting run tries the lock again.
    static let retryInterval: Duration = .milliseconds(200)

    public let path: String
    private let lock = NSLock()
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { release() }

    /// The lock file of an environment: `<name>-<hash of name and URL>.lock`. For `local` (a new port each
    /// run, one data folder per project) the name alone.
    public static func file(root: URL, environment: String, baseURL: String?) -> URL {
        let slug = String(environment.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(40))
        var identity = StableHash()
        identity.add(bytes: (environment + "\n" + (baseURL ?? "")).utf8)
        return root.appendingPathComponent(directory, isDirectory: true)
            .appendingPathComponent("\(slug)-\(identity.hex).lock")
    }

    /// The environment `request` names and its lock file, found as `ConnectionResolver.connect` finds them
    /// but before connecting (so that a second `local` run waits here rather than failing on the emulator's
    /// data folder).
    public static func of(_ request: ConnectionRequest, config: ProjectConfig, root: URL) -> (environment: String, file: URL) {
        if let url = request.url { return (url, file(root: root, environment: url, baseURL: url)) }
        let name = request.environment ?? config.defaultEnvironment.value
        let url = name == ProjectConfig.localEnvironment ? nil : config.environment(named: name)?.url.absoluteString
        return (name, file(root: root, environment: name, baseURL: url))
    }

    /// Takes the lock, waiting up to `timeout` while another run holds it (zero: fail at once).
    /// - Parameter waiting: called once, with the line to show, when the lock is held by another run.
    /// - Throws: `TapformError` naming the holder when the wait ends without the lock.
    public static func acquire(
        _ file: URL, environment: String, timeout: Duration, waiting: (@Sendable (String) -> Void)? = nil
    ) async throws -> EnvironmentLock {
        let path = file.path
        do {
            let folder = file.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // The lock files are this machine's business: kept out of git by a .gitignore of their own.
            let ignore = folder.appendingPathComponent(".gitignore")
            if !FileManager.default.fileExists(atPath: ignore.path) {
                try "# Written by tapform: apply locks, one per environment, for this machine only.\n*\n"
                    .write(to: ignore, atomically: true, encoding: .utf8)
            }
        } catch {
            throw TapformError("cannot create \(directory)/ for the apply lock: \((error as NSError).localizedDescription)")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw TapformError("cannot open the apply lock \(path): \(String(cString: strerror(errno)))") }
        let held = EnvironmentLock(path: path, fd: fd)
        let clock = ContinuousClock()
        let start = clock.now
        var announced = false
        while true {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                held.recordHolder()
                return held
            }
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw TapformError("cannot lock \(path): \(String(cString: strerror(errno)))")
            }
            let holder = held.holderText()
            let waited = clock.now - start
            if waited >= timeout {
                let how = timeout == .zero ? "" : " after waiting \(Self.seconds(timeout))"
                throw TapformError("another apply to environment \"\(environment)\" is running (\(holder)); gave up\(how). "
                    + "Run again once it has finished, or wait longer with --lock-timeout (\(path))")
            }
            if !announced {
                announced = true
                waiting?("waiting for the lock on environment \"\(environment)\" held by \(holder) "
                    + "(up to \(Self.seconds(timeout)); --lock-timeout to change)")
            }
            try await Task.sleep(for: min(retryInterval, timeout - waited))
        }
    }

    /// Takes the lock, runs `body`, and releases the lock whether `body` returns or throws.
    public static func holding<T: Sendable>(
        _ file: URL, environment: String, timeout: Duration, waiting: (@Sendable (String) -> Void)? = nil,
        _ body: () async throws -> T
    ) async throws -> T {
        let held = try await acquire(file, environment: environment, timeout: timeout, waiting: waiting)
        defer { held.release() }
        return try await body()
    }

    /// Releases the lock (closing the file releases it); later calls do nothing.
    public func release() {
        lock.withLock {
            guard fd >= 0 else { return }
            _ = close(fd)
            fd = -1
        }
    }

    /// Writes `pid N on HOST since TIME` into the file, for the runs that wait.
    private func recordHolder() {
        let since = Date().ISO8601Format()
        let text = Array("pid \(getpid()) on \(ProcessInfo.processInfo.hostName) since \(since)\n".utf8)
        lock.withLock {
            guard ftruncate(fd, 0) == 0 else { return }
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
    }

    /// What the holder wrote, or a neutral phrase while it has not written yet.
    private func holderText() -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = lock.withLock { buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) } }
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.hasPrefix("pid ") ? line : "another tapform run"
    }

    /// `--lock-timeout`: whole seconds, or a number with `s`, `m` or `h` (`0`, `90`, `30s`, `5m`, `1h`).
    public static func timeout(parsing text: String) -> Duration? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600]
        var digits = Substring(text)
        var unit: Int64 = 1
        if let last = digits.last, let factor = units[last] {
            unit = factor
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int64(digits), value >= 0, value <= 86_400 / unit
        else { return nil }
        return .seconds(value * unit)
    }

    private static func seconds(_ duration: Duration) -> String {
        "\(duration.components.seconds) s"
    }
}
