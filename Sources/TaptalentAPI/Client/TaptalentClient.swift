import Foundation

/// A typed client of the Taptalent Partner API: one async call per endpoint, retries, pagination and
/// errors as `TaptalentError`. Safe to share across tasks.
public struct TaptalentClient: Sendable {
    public let configuration: TaptalentConfiguration
    let executor: RequestExecutor

    /// - Parameter transport: how requests are sent; `URLSessionTransport` by default.
    /// - Throws: `TaptalentError` with kind `.insecureURL` when the base URL is plain http to a
    ///   non-loopback host (or not http/https at all), or its host is not one the key may go to
    ///   (`KeyDestinations`).
    public init(configuration: TaptalentConfiguration, transport: (any HTTPTransport)? = nil) throws {
        if let problem = configuration.destinationProblem {
            throw TaptalentError(kind: .insecureURL(reason: problem), method: "", path: "", attempts: 0)
        }
        self.configuration = configuration
        executor = RequestExecutor(
            baseURL: configuration.baseURL, apiKey: configuration.apiKey, readOnly: configuration.readOnly,
            timeout: configuration.timeout, retry: configuration.retry,
            log: DebugLog(sink: configuration.debugSink, apiKey: configuration.apiKey),
            transport: transport ?? URLSessionTransport(), gate: ConcurrencyGate(configuration.concurrency))
    }

    /// Shorthand for a client with default timeout and retries.
    public init(baseURL: URL, apiKey: APIKey, readOnly: Bool = false) throws {
        try self.init(configuration: TaptalentConfiguration(baseURL: baseURL, apiKey: apiKey, readOnly: readOnly))
    }

    /// A copy of this client that refuses every method but GET (shares the transport and the concurrency limit).
    public func readOnlyCopy() -> TaptalentClient {
        var configuration = configuration
        configuration.readOnly = true
        return TaptalentClient(configuration: configuration, executor: RequestExecutor(
            baseURL: executor.baseURL, apiKey: executor.apiKey, readOnly: true, timeout: executor.timeout,
            retry: executor.retry, log: executor.log, transport: executor.transport, gate: executor.gate))
    }

    private init(configuration: TaptalentConfiguration, executor: RequestExecutor) {
        self.configuration = configuration
        self.executor = executor
    }

    /// GETs `path` (below the base URL, e.g. `assessment` or `jobs/12`) and returns the raw success body,
    /// whatever its shape: for `doctor`'s contract check. Errors as for every call.
    public func rawGet(_ path: String, query: [URLQueryItem] = []) async throws -> Data {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return try await executor.send(.get(trimmed, query: query)).body
    }

    /// `rawGet`, parsed as JSON.
    public func rawGetJSON(_ path: String, query: [URLQueryItem] = []) async throws -> JSONValue {
        let body = try await rawGet(path, query: query)
        do {
            return try JSONCoding.decoder.decode(JSONValue.self, from: body)
        } catch {
            throw TaptalentError(kind: .decoding(reason: "the body is not JSON"), method: "GET", path: "/" + path, attempts: 1)
        }
    }
}
