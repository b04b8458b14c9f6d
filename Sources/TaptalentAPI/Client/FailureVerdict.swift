import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one failed attempt means: the error to report, whether to try again, and whether a write may have
/// been applied.
struct FailureVerdict {
    var kind: TaptalentError.Kind
    var retryable: Bool
    /// The server's `Retry-After`, when it sent one that the client honours.
    var retryAfter: Duration?
    /// The request may have changed something on the server.
    var mayHaveApplied: Bool

    /// What the failure says about the server's load, for the concurrency limit: a 429, a 5xx or a timeout
    /// is overload; anything else (a 4xx, a redirect, a connection that failed) says nothing.
    var loadSignal: AdaptiveLimit.Signal {
        switch kind {
        case .api(let failure) where failure.status == 429 || (500...599).contains(failure.status): return .overload
        case .timeout: return .overload
        default: return .ignored
        }
    }

    /// An attempt that got an HTTP answer other than 2xx.
    static func response(
        _ response: HTTPURLResponse, body: Data, method: HTTPMethod, postRetry: PostRetry, policy: RetryPolicy,
        redact: (String) -> String
    ) -> FailureVerdict {
        let status = response.statusCode
        if (300..<400).contains(status) {
            let location = response.value(forHTTPHeaderField: "Location").map { " to \($0)" } ?? ""
            return FailureVerdict(
                kind: .invalidResponse(reason: "unexpected redirect (\(status))\(location); redirects are not followed"),
                retryable: false, retryAfter: nil, mayHaveApplied: false)
        }
        var failure = apiFailure(status: status, body: body, redact: redact)
        switch status {
        case 429:
            let asked = RetryAfter.parse(response.value(forHTTPHeaderField: WireHeader.retryAfter))
            if let asked, asked > policy.maxRetryAfter {
                failure.retryAfterRefused = asked
                return FailureVerdict(kind: .api(failure), retryable: false, retryAfter: nil, mayHaveApplied: false)
            }
            // With a Retry-After, the retry spends no attempt (`RetryPolicy`): none for a policy that takes none.
            let allowed = (method.isIdempotent || postRetry != .never) && (asked == nil || policy.maxRateLimitedAnswers > 0)
            return FailureVerdict(kind: .api(failure), retryable: allowed, retryAfter: asked, mayHaveApplied: false)
        case 500...599:
            let allowed = method.isIdempotent || postRetry == .always
            return FailureVerdict(kind: .api(failure), retryable: allowed, retryAfter: nil, mayHaveApplied: method != .get)
        default:
            return FailureVerdict(kind: .api(failure), retryable: false, retryAfter: nil, mayHaveApplied: false)
        }
    }

    /// An attempt that got no HTTP answer.
    static func network(_ error: any Error, url: String, method: HTTPMethod, postRetry: PostRetry, timeout: Duration) -> FailureVerdict {
        let maySend = method.isIdempotent || postRetry == .always
        let code = (error as? URLError)?.code
        if code == .timedOut {
            return FailureVerdict(kind: .timeout(seconds: timeout.seconds), retryable: maySend, retryAfter: nil,
                                     mayHaveApplied: method != .get)
        }
        let (reason, neverSent, lasting) = NetworkErrorText.describe(error, url: url)
        let transport = TaptalentError.TransportFailure(reason: reason, url: url, neverSent: neverSent)
        if neverSent {
            let allowed = !lasting && (method.isIdempotent || postRetry != .never)
            return FailureVerdict(kind: .transport(transport), retryable: allowed, retryAfter: nil, mayHaveApplied: false)
        }
        return FailureVerdict(kind: .transport(transport), retryable: maySend && !lasting, retryAfter: nil,
                                 mayHaveApplied: method != .get)
    }

    /// Reads the error envelope; a body without one becomes the status text and the start of the body.
    static func apiFailure(status: Int, body: Data, redact: (String) -> String) -> TaptalentError.APIFailure {
        if let envelope = try? JSONCoding.decoder.decode(WireErrorEnvelope.self, from: body) {
            let error = envelope.error
            return TaptalentError.APIFailure(
                status: status, code: error.code, type: error.type, message: redact(error.message),
                details: (error.details ?? [:]).mapValues(redact))
        }
        var message = HTTPURLResponse.localizedString(forStatusCode: status)
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { message += " (body: \(redact(text)))" }
        return TaptalentError.APIFailure(status: status, code: nil, type: nil, message: message, details: [:])
    }
}

/// Words for network errors, and whether the request certainly never left (no connection was made). No
/// library error code reaches the words; `--debug` shows the underlying error (`debugDetail`).
enum NetworkErrorText {
    /// (reason, neverSent, lasting): `lasting` failures (bad certificates, a URL the HTTP library refuses)
    /// are not worth retrying. `url` is where the request went, for advice about it.
    static func describe(_ error: any Error, url: String) -> (String, Bool, Bool) {
        guard let urlError = error as? URLError else {
            return ("the request failed before an answer arrived (run again with --debug to see why)", false, false)
        }
        switch urlError.code {
        case .cannotConnectToHost:
            return ("could not connect to the server (connection refused or host unreachable)", true, false)
        case .cannotFindHost, .dnsLookupFailed:
            return ("could not resolve the host name", true, false)
        case .notConnectedToInternet:
            return ("no network connection", true, false)
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
            return ("the server's TLS certificate was not accepted", true, true)
        case .secureConnectionFailed:
            return ("the TLS handshake failed", true, false)
        case .timedOut:
            return ("no answer within the timeout", false, false)
        case .networkConnectionLost:
            return ("the connection was closed before an answer arrived", false, false)
        case .badServerResponse, .cannotParseResponse, .zeroByteResource:
            return ("the server's answer was cut off or malformed", false, false)
        case .badURL, .unsupportedURL:
            if let host = URLComponents(string: url)?.host, host.hasPrefix("[") || host.contains(":") {
                // swift-corelibs-foundation#5496: URLSession on Linux refuses IPv6 address literals.
                return ("this system's HTTP library cannot connect to an IPv6 address written as a literal (\(host)); "
                    + "use a host name for it instead, e.g. localhost for [::1], or the IPv4 address 127.0.0.1", true, true)
            }
            return ("the HTTP library refused the URL as malformed; check the URL", true, true)
        case .cancelled:
            return ("the request was cancelled", false, false)
        case .dataLengthExceedsMaximum, .cannotDecodeContentData, .cannotDecodeRawData:
            return ("the server's answer could not be read (too large or wrongly encoded)", false, false)
        default:
            return ("the connection failed for a reason the HTTP library does not name; check the URL, the network "
                + "and any proxy (run again with --debug to see the library's error)", false, false)
        }
    }

    /// The underlying error as the library reports it, for `--debug` only.
    static func debugDetail(_ error: any Error) -> String {
        if let urlError = error as? URLError {
            // tapform's libcurl transport adds libcurl's own code and words (never a header, so never the key).
            if let code = urlError.userInfo[CurlErrorKey.code] as? String {
                return "URLError \(urlError.code.rawValue), libcurl \(code): \(urlError.localizedDescription)"
            }
            return "URLError \(urlError.code.rawValue)"
        }
        return "\(type(of: error)): \(error)"
    }
}
