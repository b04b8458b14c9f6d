import Foundation
import TaptalentAPI
import TaptalentSandbox

/// An in-memory emulator for the benchmark, with its counters and a client at the same parallelism as
/// tapform, to measure the emulator's own throughput for a request mix in the same run.
struct EmulatorHarness {
    static let keyVariable = "TAPFORM_BENCH_KEY"

    let sandbox: RunningSandbox
    let client: TaptalentClient
    let controls: SandboxControlClient

    static func start() async throws -> EmulatorHarness {
        let sandbox = try await Sandbox.start(SandboxOptions(port: 0, testControls: true))
        return EmulatorHarness(
            sandbox: sandbox,
            client: try TaptalentClient(baseURL: sandbox.baseURL, apiKey: APIKey(sandbox.apiKey)),
            controls: try SandboxControlClient(url: sandbox.baseURL))
    }

    var childEnvironment: [String: String] { [Self.keyVariable: sandbox.apiKey, "NO_COLOR": "1", "CI": "1"] }

    /// Requests counted by the emulator while `body` ran, by route pattern.
    func counting<T>(_ body: () async throws -> T) async throws -> (T, [String: Int]) {
        let before = try await controls.counters().requests
        let value = try await body()
        let after = try await controls.counters().requests
        return (value, after.merging(before) { $0 - $1 }.filter { $0.value != 0 })
    }

    /// Runs `count` calls of `call`, at most `parallelism` at once, and returns requests per second.
    func throughput(count: Int, parallelism: Int, _ call: @escaping @Sendable (Int) async throws -> Void) async throws -> Double {
        let (_, elapsed) = try await measure {
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                while next < min(parallelism, count) {
                    let index = next
                    group.addTask { try await call(index) }
                    next += 1
                }
                while try await group.next() != nil, next < count {
                    let index = next
                    group.addTask { try await call(index) }
                    next += 1
                }
                try await group.waitForAll()
            }
        }
        return Double(count) / elapsed
    }
}

func total(_ counts: [String: Int]) -> Int { counts.values.reduce(0, +) }
