import Foundation

/// Everything a `TaptalentClient` needs: where, who, how patiently, and whether it may write.
public struct TaptalentConfiguration: Sendable {
    /// The Partner API base, e.g. `https://partner-api.taptalent.io/v1/partner`.
    public var baseURL: URL
    public var apiKey: APIKey
    /// Refuse every method but GET before sending anything (`plan`, `doctor`).
    public var readOnly: Bool
    /// How long one attempt may take before it fails as a timeout.
    public var timeout: Duration
    public var retry: RetryPolicy
    /// Receives one line per request, response, failure and retry wait; the key is never in them.
    public var debugSink: (@Sendable (String) -> Void)?
    /// The hosts the key may go to; the client refuses any other base URL before sending anything.
    public var keyDestinations: KeyDestinations
    /// How many requests the client keeps in flight at once (`--parallelism`).
    public var concurrency: ConcurrencyLimit

    public init(
        baseURL: URL, apiKey: APIKey, readOnly: Bool = false, timeout: Duration = .seconds(30),
        retry: RetryPolicy = .standard, debugSink: (@Sendable (String) -> Void)? = nil,
        keyDestinations: KeyDestinations = .taptalentOnly, concurrency: ConcurrencyLimit = .standard
    ) {
        self.concurrency = concurrency
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.readOnly = readOnly
        self.timeout = timeout
        self.retry = retry
        self.debugSink = debugSink
        self.keyDestinations = keyDestinations
    }

    /// Why a client of this configuration may not send anything (an insecure URL, a host the key may not
    /// go to), or `nil` when it may.
    public var destinationProblem: String? {
        keyDestinations.problem(with: baseURL)
    }

    /// The production service.
    public static let productionBaseURL = URL(string: "https://partner-api.taptalent.io/v1/partner")!
    /// Taptalent's hosted sandbox.
    public static let sandboxBaseURL = URL(string: "https://sandbox.partner-api.taptalent.io/v1/partner")!
}
