import Foundation
import TaptalentAPI
import TaptalentEmulator

/// The benchmark runs tapform against the shared test emulator (`TestEmulator`, in this process); the
/// child processes find its key in `keyVariable`.
enum BenchEmulator {
    static let keyVariable = "TAPFORM_BENCH_KEY"
}

extension TestEmulator {
    /// The environment of a tapform child: the key, colour off, CI on.
    var childEnvironment: [String: String] { [BenchEmulator.keyVariable: apiKey, "NO_COLOR": "1", "CI": "1"] }

    /// The emulator's own rate for a request mix, measured by this benchmark's binary in probe mode
    /// (a separate process, like tapform).
    func probeRate(_ kind: String, count: Int, parallelism: Int, argument: String) throws -> Double {
        let run = try TapformExecutable.benchmark().run(
            ["probe", kind, baseURL.absoluteString, "\(count)", "\(parallelism)", argument],
            in: FileManager.default.temporaryDirectory, environment: childEnvironment)
        guard run.status == 0, let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("rate ") }),
              let rate = Double(line.dropFirst(5))
        else { throw BenchError("the \(kind) probe failed (\(run.status)):\n\(run.output.suffix(2000))") }
        return rate
    }
}

func total(_ counts: [String: Int]) -> Int { counts.values.reduce(0, +) }
