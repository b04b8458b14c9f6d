import Foundation
import TaptalentAPI

/// What a command asks for: which environment, and how the client behaves.
public struct ConnectionRequest: Sendable {
    /// `--env`; nil means tapform.yaml's `defaultEnvironment` (itself `local` when unset).
    public var environment: String?
    /// `--url` (doctor): a base URL used with the key in `TAPTALENT_API_KEY`.
    public var url: String?
    /// Refuse every method but GET (`plan`, `doctor`, `results`).
    public var readOnly: Bool
    /// `--debug`: one line per request and response, key redacted.
    public var debugSink: (@Sendable (String) -> Void)?
    /// The process environment, where keys are read from.
    public var processEnvironment: [String: String]
    /// Retries and timeouts; tests shorten them.
    public var retry: RetryPolicy
    public var timeout: Duration
    /// `--parallelism` and `--fixed-parallelism`: requests in flight at once.
    public var concurrency: ConcurrencyLimit

    public init(
        environment: String? = nil, url: String? = nil, readOnly: Bool = false,
        debugSink: (@Sendable (String) -> Void)? = nil,
        processEnvironment: [String: String] = ProcessInfo.processInfo.environment,
        retry: RetryPolicy = .standard, timeout: Duration = .seconds(30), concurrency: ConcurrencyLimit = .standard
    ) {
        self.concurrency = concurrency
        self.environment = environment
        self.url = url
        self.readOnly = readOnly
        self.debugSink = debugSink
        self.processEnvironment = processEnvironment
        self.retry = retry
        self.timeout = timeout
    }
}
