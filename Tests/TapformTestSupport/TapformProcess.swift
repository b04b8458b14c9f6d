import Foundation

/// A `tapform` child process, started without waiting for it, with no standard input (so, no terminal),
/// colour off, and its output drained all the time.
public final class TapformProcess: @unchecked Sendable {
    public let process: Process
    private let out: PipeDrain
    private let err: PipeDrain

    public convenience init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        for (key, value) in environment { env[key] = value }
        try self.init(running: try TapformBinary.executable, arguments, in: directory, exactEnvironment: env)
    }

    /// Any program, with exactly `exactEnvironment` (the action's scripts run with a runner's few variables).
    public init(running executable: URL, _ arguments: [String], in directory: URL, exactEnvironment: [String: String]) throws {
        // Foundation on Linux can fail to start a child with EINTR when a signal arrives during the spawn
        // (seen on a loaded machine); nothing was started then, so a fresh Process is tried again.
        var attempt = 1
        while true {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.environment = exactEnvironment
            let stdout = Pipe(), stderr = Pipe()
            process.standardOutput = stdout
            process.standardError = stderr
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch let error as NSError where error.domain == NSPOSIXErrorDomain && error.code == Int(EINTR) && attempt < 5 {
                attempt += 1
                continue
            }
            self.process = process
            out = PipeDrain(stdout.fileHandleForReading)
            err = PipeDrain(stderr.fileHandleForReading)
            return
        }
    }

    /// What the process has written to standard error so far.
    public var stderrSoFar: String { String(decoding: err.current, as: UTF8.self) }

    public func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the process to end and returns its status and output.
    public func finish() -> TapformBinary.Result {
        let stdout = out.wait()
        let stderr = err.wait()
        process.waitUntilExit()
        return TapformBinary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
