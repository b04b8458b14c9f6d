import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A binary run as a child process (`tapform`, or this benchmark in probe mode), so that its own time and
/// peak memory are measured apart from the emulator's.
struct TapformExecutable {
    var url: URL

    /// This benchmark's own binary (for its probe mode).
    static func benchmark() -> TapformExecutable {
        TapformExecutable(url: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
    }

    static func locate() throws -> TapformExecutable {
        let here = benchmark().url.deletingLastPathComponent()
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

    /// Runs `binary arguments…` in `directory` and measures it. The benchmark's own memory must not count:
    /// on Linux a spawned child shares its parent's address space until exec, and exec carries that space's
    /// high-water RSS into the child's `ru_maxrss`. So the binary is started by a small, fresh process (this
    /// benchmark in `measure` mode), whose wait4 then sees only the binary's own peak.
    func run(_ arguments: [String], in directory: URL, environment: [String: String]) throws -> Run {
        let id = UUID().uuidString
        let output = directory.appendingPathComponent("bench-output-\(id).log")
        let report = directory.appendingPathComponent("bench-measure-\(id).log")
        let measurer = [TapformExecutable.benchmark().url.path, "measure", output.path, url.path] + arguments
        let launch = try Spawn.run(measurer, in: directory.path, log: report.path, environment: environment)
        let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        guard launch.status == 0,
              let line = text.split(separator: "\n").last(where: { $0.hasPrefix("measured ") }),
              case let fields = line.split(separator: " "), fields.count == 4,
              let status = Int32(fields[1]), let seconds = Double(fields[2]), let peak = Double(fields[3])
        else { throw BenchError("measuring \(url.lastPathComponent) failed (\(launch.status)): \(text.suffix(2000))") }
        return Run(
            status: status, seconds: seconds, peakRSSMegabytes: peak / 1024,
            output: (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    /// `tapform-bench measure LOG BINARY ARGS…`: runs the binary in the current folder with its output in
    /// LOG, and prints `measured <exit status> <seconds> <peak RSS in KB>`.
    static func measure(_ arguments: [String]) throws {
        guard arguments.count >= 2 else { throw BenchError("usage: tapform-bench measure LOG BINARY [ARGS…]") }
        let result = try Spawn.run(
            Array(arguments.dropFirst()), in: FileManager.default.currentDirectoryPath, log: arguments[0], environment: [:])
        print("measured \(result.status) \(result.seconds) \(result.peakKilobytes)")
    }
}

/// posix_spawn and wait4 (Foundation's Process reaps its children itself, so their rusage is lost).
enum Spawn {
    struct Result {
        var status: Int32
        var seconds: Double
        var peakKilobytes: Int
    }

    /// Runs `argv` through `/bin/sh -c 'cd DIR && exec …'`, with no input and its output in `log`.
    static func run(_ argv: [String], in directory: String, log: String, environment: [String: String]) throws -> Result {
        let command = "cd \(quoted(directory)) && exec \(argv.map(quoted).joined(separator: " "))"
            + " </dev/null >\(quoted(log)) 2>&1"
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let shell: [String] = ["/bin/sh", "-c", command]
        var cArgv: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &cArgv, &cEnv)
        guard spawned == 0 else { throw BenchError("cannot start \(argv.first ?? ""): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = seconds(ContinuousClock.now - start)
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, seconds: elapsed, peakKilobytes: Int(usage.ru_maxrss))
    }
}

private func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
