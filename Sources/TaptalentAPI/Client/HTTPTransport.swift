import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and returns the answer, whatever its status. Injectable for tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse)
}

/// The transport over `URLSession`: TLS verified by the system, no cookies, no cache, redirects refused
/// (a redirect would carry the `Authorization` header to wherever it points).
///
/// On Linux, URLSession runs on libcurl, which silently re-sends a request when a reused keep-alive
/// connection is reset before any answer (curl/curl#18417): for a POST, that may create a second
/// assessment or send a second invite email. Each POST therefore goes through a session of its own, so it
/// always travels on a fresh connection and curl has no reused connection to retry on.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    // URLSession is thread-safe; `@unchecked` because corelibs Foundation does not mark it Sendable.
    private let session: URLSession

    public init() {
        session = Self.makeSession()
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        #if canImport(FoundationNetworking)
        if request.httpMethod == HTTPMethod.post.rawValue {
            let fresh = Self.makeSession()
            defer { fresh.finishTasksAndInvalidate() }
            return try await Self.send(request, on: fresh)
        }
        #endif
        return try await Self.send(request, on: session)
    }

    private static func send(_ request: URLRequest, on session: URLSession) async throws -> (Data, HTTPURLResponse) {
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        return (data, http)
    }

    private static func makeSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        // The concurrency gate is the only limit: with the default (6 per host), further requests would
        // queue unseen inside the session, and their wait would count as the server's latency.
        configuration.httpMaximumConnectionsPerHost = ConcurrencyLimit.largestMaximum
        return URLSession(configuration: configuration, delegate: RedirectRefuser(), delegateQueue: nil)
    }
}

/// Answers every redirect with "do not follow": the 3xx response is returned to the caller.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
