import Foundation
import TaptalentAPI
import TaptalentEmulator

/// An in-memory emulator with test controls, and clients to it. One per test (cheap), or one per batch of
/// cases with `reset()` between them. Call `stop()` at the end.
struct TestEmulator: Sendable {
    let running: RunningEmulator
    let controls: EmulatorControlClient

    static func start(_ variant: WireVariant = .documented) async throws -> TestEmulator {
        let running = try await Emulator.start(EmulatorOptions(port: 0, testControls: true, variant: variant))
        return TestEmulator(running: running, controls: try EmulatorControlClient(url: running.baseURL))
    }

    var baseURL: URL { running.baseURL }
    var apiKey: String { running.apiKey }

    /// Retries as in production but with waits of a millisecond or so: fault tests stay fast.
    static var fastRetry: RetryPolicy {
        RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(1), maxDelay: .milliseconds(4), jitter: 0,
                    maxRetryAfter: .seconds(1))
    }

    func client(readOnly: Bool = false, retry: RetryPolicy = TestEmulator.fastRetry) throws -> TaptalentClient {
        try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: baseURL, apiKey: APIKey(apiKey), readOnly: readOnly, timeout: .seconds(10), retry: retry))
    }

    func counters() async throws -> EmulatorCounters { try await controls.counters() }

    /// Empties the store and the counters and turns faults off.
    func reset() async throws { try await controls.reset() }

    func stop() async { await running.stop() }

    /// Runs `body` with a fresh emulator answering in `variant`, and stops it afterwards, whatever happens.
    static func with<T>(_ variant: WireVariant = .documented, _ body: (TestEmulator) async throws -> T) async throws -> T {
        let emulator = try await start(variant)
        do {
            let result = try await body(emulator)
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }
}

extension EmulatorCounters {
    /// Requests of one method (`GET`, `POST`, ...), all routes together.
    func count(method: String) -> Int {
        requests.filter { $0.key.hasPrefix(method + " ") }.reduce(0) { $0 + $1.value }
    }

    /// Requests whose method is not GET.
    var writes: Int { totalRequests - count(method: "GET") }

    /// Requests to one route, written as the emulator counts it: `GET /assessment`.
    func count(_ method: String, _ path: String) -> Int { requests["\(method) /\(path)"] ?? 0 }
}
