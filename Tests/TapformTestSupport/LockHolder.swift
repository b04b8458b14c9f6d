import Foundation

/// Another process holding an exclusive lock on a file (`flock --no-fork FILE`), as a second tapform
/// would; it holds it until it is killed.
public final class LockHolder {
    public let process: ChildProcess

    /// Starts the holder and returns once it holds the lock (it prints a line then).
    public init(_ file: URL) throws {
        process = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/flock"), ["--no-fork", file.path, "sh", "-c", "echo locked; exec sleep 600"],
            environment: ProcessInfo.processInfo.environment, stderr: .null)
        var byte: UInt8 = 0
        while read(process.standardOutput!.fileDescriptor, &byte, 1) == -1 && errno == EINTR {}
    }

    /// SIGKILL (no chance to unlock: the kernel releases the lock with its files), and waits for the end.
    public func kill() {
        process.signal(SIGKILL)
        process.waitUntilExit()
    }

    deinit { kill() }
}
