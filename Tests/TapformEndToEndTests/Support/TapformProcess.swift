import Foundation

/// A `tapform` child process, started without waiting for it, with no standard input (so, no terminal),
/// colour off, and its output drained all the time.
final class TapformProcess: @unchecked Sendable {
    let process = Process()
    private let out: PipeDrain
    private let err: PipeDrain

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = try TapformBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        out = PipeDrain(stdout.fileHandleForReading)
        err = PipeDrain(stderr.fileHandleForReading)
    }

    /// What the process has written to standard error so far.
    var stderrSoFar: String { String(decoding: err.current, as: UTF8.self) }

    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the process to end and returns its status and output.
    func finish() -> TapformBinary.Result {
        let stdout = out.wait()
        let stderr = err.wait()
        process.waitUntilExit()
        return TapformBinary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
