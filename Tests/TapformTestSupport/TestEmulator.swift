import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TaptalentAPI
import TaptalentEmulator

/// The emulator started in this process on an OS-chosen loopback port, for one test (cheap) or one batch
/// of cases with `reset()` between them. Stop it with `stop()`, or let `with` do it.
public struct TestEmulator: EmulatorUnderTest {
    /// In memory, test controls on, port 0, documented answers, no faults.
    public static let defaultOptions = EmulatorOptions(port: 0, testControls: true)

    public let running: RunningEmulator
    public let controls: EmulatorControlClient
    /// For `send`: a session of this emulator's own, so that no connection outlives it into another test.
    private let session = WireSession()
    /// Records the waits of clients whose retry policy sleeps with it (`testRetryPolicy(sleeper)`).
    public let sleeper = RecordingSleeper()

    /// Retries as in production but with waits of a millisecond or so: fault tests stay fast.
    public static var fastRetry: RetryPolicy {
        RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(1), maxDelay: .milliseconds(4), jitter: 0,
                    maxRetryAfter: .seconds(1))
    }

    public var baseURL: URL { running.baseURL }
    public var apiKey: String { running.apiKey }

    /// Starts an emulator with `options` (port 0 lets the OS choose).
    public static func start(_ options: EmulatorOptions = defaultOptions) async throws -> TestEmulator {
        let running = try await Emulator.start(options)
        do {
            return TestEmulator(running: running, controls: try EmulatorControlClient(url: running.baseURL))
        } catch {
            await running.stop()
            throw error
        }
    }

    /// `defaultOptions` answering in `variant`.
    public static func start(_ variant: WireVariant) async throws -> TestEmulator {
        var options = defaultOptions
        options.variant = variant
        return try await start(options)
    }

    /// Stops listening and closes the store; safe to call more than once.
    public func stop() async {
        session.close()
        await running.stop()
    }

    /// The origin, e.g. `http://127.0.0.1:54321` (the API is under `WirePath.apiPrefix`, the test controls
    /// under `/__sandbox`).
    public var origin: String {
        baseURL.absoluteString.replacingOccurrences(of: WirePath.apiPrefix, with: "")
    }

    /// One request as any HTTP client would send it, for tests of the wire itself: `key`, when given, goes
    /// in `Authorization: Bearer`; a body is sent as JSON. Header names in the answer are lowercased.
    public func send(
        _ method: String, _ url: String, _ body: Data?, key: String?
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        if let key { request.setValue(WireHeader.bearerPrefix + key, forHTTPHeaderField: WireHeader.authorization) }
        if let body {
            request.httpBody = body
            request.setValue(WireHeader.json, forHTTPHeaderField: WireHeader.contentType)
        }
        let (data, response) = try await session.opened().data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        return (http.statusCode, headers, data)
    }

    /// Runs `body` against a fresh emulator started with `options`, and stops it afterwards, whatever happens.
    public static func with<T>(
        _ options: EmulatorOptions = defaultOptions, _ body: (TestEmulator) async throws -> T
    ) async throws -> T {
        try await run(start(options), body)
    }

    /// `with` answering in `variant`.
    public static func with<T>(_ variant: WireVariant, _ body: (TestEmulator) async throws -> T) async throws -> T {
        try await run(start(variant), body)
    }

    private static func run<T>(_ emulator: TestEmulator, _ body: (TestEmulator) async throws -> T) async throws -> T {
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

/// The URLSession of `TestEmulator.send`, made on first use: only the tests of the wire send raw requests,
/// and every session holds descriptors until it is closed.
private final class WireSession: @unchecked Sendable {
    private let lock = NSLock()
    private var session: URLSession?

    func opened() -> URLSession {
        lock.withLock {
            if let session { return session }
            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = 30
            let made = URLSession(configuration: configuration)
            session = made
            return made
        }
    }

    func close() {
        lock.withLock {
            session?.finishTasksAndInvalidate()
            session = nil
        }
    }
}
