import Foundation

/// A `tapform` child process, started without waiting for it, with no standard input (so, no terminal),
/// colour off, and its output drained all the time.
public final class TapformProcess: @unchecked Sendable {
    public let process: ChildProcess
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
        process = try ChildProcess(executable, arguments, in: directory, environment: exactEnvironment)
        out = PipeDrain(process.standardOutput!)
        err = PipeDrain(process.standardError!)
    }

    /// What the process has written to standard error so far.
    public var stderrSoFar: String { String(decoding: err.current, as: UTF8.self) }

    public func kill() {
        process.signal(SIGKILL)
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
