import Foundation

/// Drives the emulator's test controls under `/__sandbox/` (reset, seed a job, record a completion,
/// read counters, set faults). The controls take no API key and are served only by an emulator started
/// with test controls on. Not retried: every call is a single attempt.
public struct EmulatorControlClient: Sendable {
    let executor: RequestExecutor

    /// - Parameter url: the emulator's root (`http://127.0.0.1:PORT`) or its API base (`…/v1/partner`).
    /// - Throws: `TaptalentError` `.insecureURL` for plain http to a non-loopback host.
    public init(url: URL, timeout: Duration = .seconds(30), transport: (any HTTPTransport)? = nil) throws {
        if let problem = URLSafety.problem(with: url) {
            throw TaptalentError(kind: .insecureURL(reason: problem), method: "", path: "", attempts: 0)
        }
        executor = RequestExecutor(
            baseURL: Self.root(of: url), apiKey: nil, readOnly: false, timeout: timeout, retry: .none,
            log: DebugLog(sink: nil, apiKey: nil), transport: transport ?? HTTPTransportChoice.standard.make(), gate: nil,
            rateLimitStreak: SharedRateLimitStreak(maximum: RetryPolicy.none.maxRateLimitWait))
    }

    /// `POST /__sandbox/reset`: empties the store.
    public func reset() async throws {
        _ = try await executor.send(APIRequest(method: .post, path: Self.relative(EmulatorControlPath.reset)))
    }

    /// `POST /__sandbox/jobs`: seeds a job and returns it.
    @discardableResult
    public func seedJob(_ body: JobBody) async throws -> WireJob {
        try await executor.decode(WireJob.self, try .write(.post, Self.relative(EmulatorControlPath.jobs), body))
    }

    /// `POST /__sandbox/assessments/{id}/completions`: records a completed submission; returns the candidate.
    @discardableResult
    public func complete(assessmentId: String, _ body: EmulatorCompletionBody) async throws -> WireCandidate {
        let path = Self.relative(EmulatorControlPath.completions(PathSegment.escape(assessmentId)))
        return try await executor.decode(WireCandidate.self, try .write(.post, path, body))
    }

    /// `GET /__sandbox/counters`.
    public func counters() async throws -> EmulatorCounters {
        try await executor.decode(EmulatorCounters.self, .get(Self.relative(EmulatorControlPath.counters)))
    }

    /// `PUT /__sandbox/faults`: sets fault injection (`EmulatorFaults()` turns it off).
    public func setFaults(_ faults: EmulatorFaults) async throws {
        _ = try await executor.send(try .write(.put, Self.relative(EmulatorControlPath.faults), faults))
    }

    /// The URL with the API prefix (and anything after it) removed.
    static func root(of url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        let path = components.percentEncodedPath
        if let range = path.range(of: WirePath.apiPrefix) {
            components.percentEncodedPath = String(path[..<range.lowerBound])
        }
        components.query = nil
        return components.url ?? url
    }

    private static func relative(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : path
    }
}
