import Foundation

/// Every failure of a Taptalent API call. `description` is one sentence a user can act on; it never
/// contains the API key.
public struct TaptalentError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The server answered with an error status and (usually) the error envelope.
        case api(APIFailure)
        /// No answer: DNS, connection refused, connection dropped, TLS failure.
        case transport(TransportFailure)
        /// An attempt took longer than the configured timeout.
        case timeout(seconds: Double)
        /// A success answer whose body does not have the contract's shape.
        case decoding(reason: String)
        /// The server's answers break the protocol (a redirect, pagination that never ends).
        case invalidResponse(reason: String)
        /// The client is read-only and the request writes; nothing was sent.
        case readOnlyRefused
        /// The base URL may not be used (plain http to a non-loopback host, unknown scheme, a host the key
        /// may not go to). Nothing was sent.
        case insecureURL(reason: String)
    }

    public struct APIFailure: Sendable, Hashable {
        public var status: Int
        public var code: String?
        public var type: String?
        public var message: String
        /// Field name to the server's message about that field (`details` of the error envelope).
        public var details: [String: String]
        /// The `Retry-After` the server sent with a 429, when it asked for longer than the client waits.
        public var retryAfterRefused: Duration?
        /// Why the client stopped retrying a 429 whose `Retry-After` it honours.
        public var rateLimitGaveUp: RateLimitGiveUp?

        public init(status: Int, code: String?, type: String?, message: String, details: [String: String],
                    retryAfterRefused: Duration? = nil, rateLimitGaveUp: RateLimitGiveUp? = nil) {
            self.status = status
            self.code = code
            self.type = type
            self.message = message
            self.details = details
            self.retryAfterRefused = retryAfterRefused
            self.rateLimitGaveUp = rateLimitGaveUp
        }
    }

    /// Which bound of `RetryPolicy` ended the retries of a rate-limited request.
    public enum RateLimitGiveUp: Sendable, Hashable {
        /// The server had refused every request of the client for `length`, and waiting once more would
        /// pass `maximum` (`RetryPolicy.maxRateLimitWait`).
        case streak(length: Duration, maximum: Duration)
        /// This request was refused more than `RetryPolicy.maxRateLimitedAnswers` times, though the
        /// streak stayed within its bound (others went through, or the server asked for no wait).
        case answers(Int)
    }

    public struct TransportFailure: Sendable, Hashable {
        /// What went wrong, in words.
        public var reason: String
        /// The full URL the request went to (it never carries the key).
        public var url: String
        /// True when no connection was made, so the request certainly did not reach the server.
        public var neverSent: Bool
    }

    public var kind: Kind
    /// `GET`, `POST`, `PUT` or `DELETE`; empty for a failure not tied to a request.
    public var method: String
    /// The path below the base URL, e.g. `/assessment/123/questions`.
    public var path: String
    /// Attempts made (0 when nothing was sent).
    public var attempts: Int
    /// True when a request that writes may have been applied though no success answer came back (a timeout,
    /// a connection dropped after sending, a 5xx). Re-read and match before creating again.
    public var isOutcomeUnknown: Bool

    public init(kind: Kind, method: String, path: String, attempts: Int, isOutcomeUnknown: Bool = false) {
        self.kind = kind
        self.method = method
        self.path = path
        self.attempts = attempts
        self.isOutcomeUnknown = isOutcomeUnknown
    }

    /// The HTTP status of an API error.
    public var status: Int? {
        if case .api(let failure) = kind { return failure.status }
        return nil
    }

    /// The error code of an API error, e.g. `INVALID_REQUEST`.
    public var code: String? {
        if case .api(let failure) = kind { return failure.code }
        return nil
    }

    /// The server's message of an API error.
    public var message: String? {
        if case .api(let failure) = kind { return failure.message }
        return nil
    }

    /// Field messages of a validation error (empty otherwise).
    public var details: [String: String] {
        if case .api(let failure) = kind { return failure.details }
        return [:]
    }

    /// True for a 404.
    public var isNotFound: Bool { status == 404 }
}
