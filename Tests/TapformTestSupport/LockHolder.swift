import Foundation

/// Another process holding an exclusive lock on a file (`flock --no-fork FILE`), as a second tapform
/// would; it holds it until it is killed.
public final class LockHolder {
    public let process = Process()

    /// Starts the holder and returns once it holds the lock (it prints a line then).
    public init(_ file: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        process.arguments = ["--no-fork", file.path, "sh", "-c", "echo locked; exec sleep 600"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        _ = output.fileHandleForReading.availableData
    }

    /// SIGKILL (no chance to unlock: the kernel releases the lock with its files), and waits for the end.
    public func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { kill() }
}
