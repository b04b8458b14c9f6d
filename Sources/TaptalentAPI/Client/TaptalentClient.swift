import Foundation

/// A typed client of the Taptalent Partner API: one async call per endpoint, retries, pagination and
/// errors as `TaptalentError`. Safe to share across tasks.
public struct TaptalentClient: Sendable {
    public let configuration: TaptalentConfiguration
    let executor: RequestExecutor

    /// - Parameter transport: how requests are sent; `HTTPTransportChoice.standard` by default.
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
            transport: transport ?? HTTPTransportChoice.standard.make(), gate: ConcurrencyGate(configuration.concurrency),
            rateLimitStreak: SharedRateLimitStreak(maximum: configuration.retry.maxRateLimitWait))
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
            retry: executor.retry, log: executor.log, transport: executor.transport, gate: executor.gate,
            rateLimitStreak: executor.rateLimitStreak))
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

    /// Sends one request with `body` encoded as the typed calls encode it, and returns the HTTP status and
    /// the raw success body, whatever its shape: for `doctor --write`, which checks every answer against
    /// the contract before reading it. Retries and errors as for every call.
    /// - Parameter path: below the base URL, ids already escaped (`PathSegment.escape`).
    public func rawSend(_ method: HTTPMethod, _ path: String, body: (any Encodable & Sendable)? = nil) async throws -> (status: Int, body: Data) {
        let request = try body.map { try APIRequest.write(method, path, $0) } ?? APIRequest(method: method, path: path)
        let sent = try await executor.send(request)
        return (sent.status, sent.body)
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
