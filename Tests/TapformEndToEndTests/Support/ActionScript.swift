import Foundation

/// Runs one of the GitHub Action's scripts (`action/NAME.sh`) as the runner would: bash, with only the
/// environment given (plus PATH and HOME), in a folder, to completion.
enum ActionScript {
    static func run(
        _ name: String, _ arguments: [String] = [], in directory: URL, environment: [String: String],
        pathPrefix: [URL] = []
    ) throws -> TapformBinary.Result {
        let inherited = ProcessInfo.processInfo.environment
        var env = ["HOME": inherited["HOME"] ?? "/tmp", "NO_COLOR": "1", "LANG": "C.UTF-8"]
        env["PATH"] = (pathPrefix.map(\.path) + [inherited["PATH"] ?? "/usr/bin:/bin"]).joined(separator: ":")
        for (key, value) in environment { env[key] = value }
        let script = RepositoryPaths.root.appendingPathComponent("action/\(name).sh").path
        return try TapformProcess(
            running: URL(fileURLWithPath: "/usr/bin/env"), ["bash", script] + arguments, in: directory, exactEnvironment: env
        ).finish()
    }

    /// Runs a shell command line to completion (for building archives and checksums in tests).
    @discardableResult
    static func shell(_ command: String, in directory: URL) throws -> String {
        let process = try ChildProcess(
            URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory,
            environment: ProcessInfo.processInfo.environment, stderr: .stdout)
        let data = PipeDrain(process.standardOutput!).wait()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw ShellFailed(command: command, output: text) }
        return text
    }

    struct ShellFailed: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "`\(command)` failed: \(output)" }
    }

    /// Writes an executable script (a stub standing in for `gh` or `tapform` on PATH).
    static func writeExecutable(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }
}
