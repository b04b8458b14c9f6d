import Foundation

/// Runs the built `tapform` executable (`swift build` puts it in `.build/debug/`).
public enum TapformBinary {
    public static var executable: URL {
        get throws {
            for configuration in ["debug", "release"] {
                let url = RepositoryPaths.root.appendingPathComponent(".build/\(configuration)/tapform")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            throw BinaryMissing()
        }
    }

    public struct BinaryMissing: Error, CustomStringConvertible {
        public var description: String { "the tapform binary is not built: run `swift build` before `swift test`" }
    }

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `tapform arguments…` in `directory` to completion, with no standard input (so, no terminal).
    public static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> Result {
        try TapformProcess(arguments, in: directory, environment: environment).finish()
    }

    /// Runs `tapform arguments…` on a pseudo-terminal (through util-linux `script`), typing `input`, as a
    /// person at a terminal would. Standard output and error arrive together, as on a screen.
    public static func runOnTerminal(_ arguments: [String], in directory: URL, input: String) throws -> Result {
        let command = ([try executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        let process = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: directory, environment: env,
            stdin: .pipe, stdout: .pipe, stderr: .stdout)
        let output = PipeDrain(process.standardOutput!)
        process.standardInput!.write(Data(input.utf8))
        let written = output.wait()
        try? process.standardInput!.close()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: written, as: UTF8.self), stderr: "")
    }

    /// A fresh temporary folder holding a copy of this repository's example project
    /// (`assessments/`, `templates/`, and `tapform.yaml` when present).
    public static func exampleProject() throws -> URL {
        let folder = try TemporaryFolder("e2e").url
        for item in ["assessments", "templates", "tapform.yaml"] {
            let source = RepositoryPaths.root.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(item))
            }
        }
        return folder
    }

    /// `exampleProject()` with a tapform.yaml whose default environment `e2e` is the served emulator, its
    /// key read from `keyVariable`.
    public static func exampleProject(servedBy server: ServedEmulator, keyVariable: String) throws -> URL {
        let project = try exampleProject()
        try """
            version: 1
            environments:
              e2e: { url: "\(server.baseURL.absoluteString)", apiKeyEnv: \(keyVariable) }
            defaultEnvironment: e2e

            """.write(to: project.appendingPathComponent("tapform.yaml"), atomically: true, encoding: .utf8)
        return project
    }
}

/// Reads a pipe to its end on a thread of its own (never one of dispatch's or Swift concurrency's few shared
/// threads, which a blocking read would hold); what arrived so far can be read at any time.
public final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()

    public init(_ handle: FileHandle) {
        let reader = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                lock.withLock { data.append(contentsOf: buffer[0..<count]) }
            }
            withExtendedLifetime(handle) {}
            done.signal()
        }
        reader.name = "pipe drain"
        reader.start()
    }

    /// What the pipe has delivered so far.
    public var current: Data { lock.withLock { data } }

    /// Waits for the end of the pipe; any number of times (later calls return at once).
    public func wait() -> Data {
        done.wait()
        done.signal()
        return current
    }
}
