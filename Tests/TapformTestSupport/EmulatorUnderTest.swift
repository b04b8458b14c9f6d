import Foundation
import TaptalentAPI

/// A running emulator as a test or the benchmark sees it, however it was started (in this process,
/// `TestEmulator`, or as a `tapform sandbox serve` child, `ServedEmulator`): where it listens, its key, its
/// test controls, and clients against it.
public protocol EmulatorUnderTest: Sendable {
    /// `http://127.0.0.1:PORT/v1/partner`, with the port the OS chose.
    var baseURL: URL { get }
    /// The key clients must send.
    var apiKey: String { get }
    /// `/__sandbox/*`: reset, seeding, faults, counters (answered only when test controls are on).
    var controls: EmulatorControlClient { get }
}

extension EmulatorUnderTest {
    /// A client with this emulator's key (or `key`). By default retries wait a millisecond or so, so fault
    /// tests stay fast; pass `RetryPolicy.standard` for the production policy.
    public func client(
        readOnly: Bool = false, retry: RetryPolicy = TestEmulator.fastRetry, timeout: Duration = .seconds(10), key: String? = nil,
        debugSink: (@Sendable (String) -> Void)? = nil
    ) throws -> TaptalentClient {
        try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: baseURL, apiKey: APIKey(key ?? apiKey), readOnly: readOnly, timeout: timeout, retry: retry,
            debugSink: debugSink))
    }

    /// A client exactly as tapform makes one by default (production retries, timeout and concurrency).
    public func standardClient() throws -> TaptalentClient {
        try TaptalentClient(baseURL: baseURL, apiKey: APIKey(apiKey))
    }

    public func counters() async throws -> EmulatorCounters { try await controls.counters() }

    /// Empties the store and the counters and turns faults back to the starting ones.
    public func reset() async throws { try await controls.reset() }

    /// Requests counted by the emulator while `body` ran, by route (`GET /assessment`); routes with none left out.
    public func counting<T>(_ body: () async throws -> T) async throws -> (T, [String: Int]) {
        let before = try await counters().requests
        let value = try await body()
        let after = try await counters().requests
        return (value, after.merging(before) { $0 - $1 }.filter { $0.value != 0 })
    }
}

extension EmulatorCounters {
    /// Requests of one method (`GET`, `POST`, ...), all routes together.
    public func count(method: String) -> Int {
        requests.filter { $0.key.hasPrefix(method + " ") }.reduce(0) { $0 + $1.value }
    }

    /// Requests whose method is not GET.
    public var writes: Int { totalRequests - count(method: "GET") }

    /// Requests to one route, written as the emulator counts it: `GET /assessment`.
    public func count(_ method: String, _ path: String) -> Int { requests["\(method) /\(path)"] ?? 0 }
}
