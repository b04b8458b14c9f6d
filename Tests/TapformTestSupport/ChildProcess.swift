import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with `posix_spawn`, for the tests' children (the tapform binary, `sandbox serve`,
/// a lock holder, shell scripts).
///
/// Not Foundation's `Process`: on Linux its `run()` reads `/proc/self/fd` past the end of a directory
/// entry and crashes the test process now and then (swift-corelibs-foundation 6.3.1; fixed upstream in
/// PR #5472), which a test process with many sockets and pipes open hits often. Here the child gets exactly
/// its three standard descriptors (everything else is closed in the child), default signal handling and
/// an empty signal mask; it is reaped by a thread of its own, and its output is read by threads of their
/// own, so that no waiting ever holds one of the few threads Swift concurrency and dispatch share.
public final class ChildProcess: @unchecked Sendable {
    /// Where a standard descriptor of the child goes.
    public enum Stream {
        /// /dev/null.
        case null
        /// A pipe whose other end this process holds.
        case pipe
        /// (standard error only) the same pipe as standard output.
        case stdout
    }

    public let processIdentifier: pid_t
    /// The write end of the child's standard input when it is `.pipe`.
    public let standardInput: FileHandle?
    /// The read ends of standard output and error when they are `.pipe`.
    public let standardOutput: FileHandle?
    public let standardError: FileHandle?

    private let ended = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var status: Int32?

    public init(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String],
        stdin: Stream = .null, stdout: Stream = .pipe, stderr: Stream = .pipe
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Int32] = []
        var childEnds: [Int32] = []
        defer { childEnds.forEach { _ = close($0) } }

        func connect(_ stream: Stream, to target: Int32, reading: Bool) throws -> FileHandle? {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", reading ? O_RDONLY : O_WRONLY, 0)
                return nil
            case .stdout:
                posix_spawn_file_actions_adddup2(&actions, 1, target)
                return nil
            case .pipe:
                var fds: [Int32] = [-1, -1]
                // pipe2 is not in Swift's Glibc module; every spawn here closes what it does not pass on anyway.
                guard pipe(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
                let (childEnd, parentEnd) = reading ? (fds[0], fds[1]) : (fds[1], fds[0])
                childEnds.append(childEnd)
                parentEnds.append(parentEnd)
                posix_spawn_file_actions_adddup2(&actions, childEnd, target)
                return FileHandle(fileDescriptor: parentEnd, closeOnDealloc: true)
            }
        }
        do {
            standardInput = try connect(stdin, to: 0, reading: true)
            standardOutput = try connect(stdout, to: 1, reading: false)
            standardError = try connect(stderr, to: 2, reading: false)
        } catch {
            parentEnds.forEach { _ = close($0) }
            throw error
        }
        _ = Self.closeFrom(&actions, 3)
        if let directory { _ = Self.changeDirectory(&actions, directory.path) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        processIdentifier = pid
        let reaper = Thread { [self, pid] in
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
            lock.withLock { status = raw }
            ended.signal()
        }
        reaper.name = "child \(pid) reaper"
        reaper.start()
    }

    public var isRunning: Bool { lock.withLock { status == nil } }

    /// Waits for the child to end; any number of times.
    public func waitUntilExit() {
        ended.wait()
        ended.signal()
    }

    /// Waits at most `timeout` for the child to end; true when it has.
    public func waitUntilExit(timeout: DispatchTime) -> Bool {
        guard ended.wait(timeout: timeout) == .success else { return false }
        ended.signal()
        return true
    }

    public var terminationReason: Process.TerminationReason {
        waitUntilExit()
        let raw = lock.withLock { status ?? 0 }
        return raw & 0x7f == 0 ? .exit : .uncaughtSignal
    }

    /// The exit status, or the signal's number when a signal ended the child (as Foundation's `Process`).
    public var terminationStatus: Int32 {
        waitUntilExit()
        let raw = lock.withLock { status ?? 0 }
        return raw & 0x7f == 0 ? (raw >> 8) & 0xff : raw & 0x7f
    }

    public func signal(_ number: Int32) {
        if isRunning { _ = kill(processIdentifier, number) }
    }

    public func terminate() { signal(SIGTERM) }
    public func interrupt() { signal(SIGINT) }

    // glibc 2.34 and 2.29 have these, but Swift's Glibc module does not declare them.
    private typealias CloseFromFunction = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias ChangeDirectoryFunction = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32

    private static func closeFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32 {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return -1
        }
        return unsafeBitCast(symbol, to: CloseFromFunction.self)(actions, lowest)
    }

    private static func changeDirectory(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: String) -> Int32 {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
            preconditionFailure("posix_spawn_file_actions_addchdir_np is missing: glibc 2.29 or newer is needed")
        }
        return path.withCString { unsafeBitCast(symbol, to: ChangeDirectoryFunction.self)(actions, $0) }
    }
}
