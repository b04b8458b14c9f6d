import Foundation
import TaptalentAPI
import TaptalentEmulator

/// An in-memory emulator for the benchmark, with its counters, a client to set up data, and probes that
/// measure its own rate for a request mix, in the same run, at the same parallelism as tapform.
struct EmulatorHarness {
    static let keyVariable = "TAPFORM_BENCH_KEY"

    let running: RunningEmulator
    let client: TaptalentClient
    let controls: EmulatorControlClient

    /// - Parameter faults: what the emulator starts with and returns to on reset (none by default).
    static func start(faults: EmulatorFaults = EmulatorFaults()) async throws -> EmulatorHarness {
        let sandbox = try await Emulator.start(EmulatorOptions(port: 0, testControls: true, faults: faults))
        return EmulatorHarness(
            running: sandbox,
            client: try TaptalentClient(baseURL: sandbox.baseURL, apiKey: APIKey(sandbox.apiKey)),
            controls: try EmulatorControlClient(url: sandbox.baseURL))
    }

    var childEnvironment: [String: String] { [Self.keyVariable: running.apiKey, "NO_COLOR": "1", "CI": "1"] }

    /// Requests counted by the emulator while `body` ran, by route pattern.
    func counting<T>(_ body: () async throws -> T) async throws -> (T, [String: Int]) {
        let before = try await controls.counters().requests
        let value = try await body()
        let after = try await controls.counters().requests
        return (value, after.merging(before) { $0 - $1 }.filter { $0.value != 0 })
    }

    /// The emulator's own rate for a request mix, measured by this benchmark's binary in probe mode
    /// (a separate process, like tapform).
    func probeRate(_ kind: String, count: Int, parallelism: Int, argument: String) throws -> Double {
        let run = try TapformExecutable.benchmark().run(
            ["probe", kind, running.baseURL.absoluteString, "\(count)", "\(parallelism)", argument],
            in: FileManager.default.temporaryDirectory, environment: childEnvironment)
        guard run.status == 0, let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("rate ") }),
              let rate = Double(line.dropFirst(5))
        else { throw BenchError("the \(kind) probe failed (\(run.status)):\n\(run.output.suffix(2000))") }
        return rate
    }
}

func total(_ counts: [String: Int]) -> Int { counts.values.reduce(0, +) }
