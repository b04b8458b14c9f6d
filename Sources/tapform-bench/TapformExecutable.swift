import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tapform` binary built beside this benchmark, run as a child process so that its own time and
/// peak memory are measured apart from the emulator's.
struct TapformExecutable {
    var url: URL

    static func locate() throws -> TapformExecutable {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let url = here.appendingPathComponent("tapform")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw BenchError("no tapform binary beside the benchmark at \(url.path): run `swift build -c release` first")
        }
        return TapformExecutable(url: url)
    }

    struct Run {
        var status: Int32
        var seconds: Double
        var peakRSSMegabytes: Double
        var output: String
    }

    /// Runs `tapform arguments…` in `directory` through posix_spawn and wait4, so the child's own peak
    /// memory is read exactly (Foundation's Process reaps children itself).
    func run(_ arguments: [String], in directory: URL, environment: [String: String]) throws -> Run {
        let log = directory.appendingPathComponent("bench-output-\(UUID().uuidString).log")
        let command = "cd \(quoted(directory.path)) && exec \(([url.path] + arguments).map(quoted).joined(separator: " "))"
            + " </dev/null >\(quoted(log.path)) 2>&1"
        let argv = ["/bin/sh", "-c", command]
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        var cArgv = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &cArgv, &cEnv)
        guard spawned == 0 else { throw BenchError("cannot start \(url.path): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = seconds(ContinuousClock.now - start)
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Run(status: exitStatus, seconds: elapsed, peakRSSMegabytes: Double(usage.ru_maxrss) / 1024, output: output)
    }
}

private func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
