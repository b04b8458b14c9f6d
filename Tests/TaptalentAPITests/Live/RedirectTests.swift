import Foundation
import Hummingbird
import Logging
import Testing
import TaptalentAPI
import TaptalentEmulator

/// A redirect must not carry the key anywhere: URLSession (libcurl on Linux) would re-send the request,
/// `Authorization` header included, to wherever `Location` points.
@Suite("Redirects")
struct RedirectTests {
    /// A loopback server that answers every request with `status` and `Location: target` + the path, and
    /// records the Authorization headers it saw.
    static func withRedirector(
        status: HTTPResponse.Status, to target: String, _ body: (URL, Locked<[String]>) async throws -> Void
    ) async throws {
        let seen = Locked<[String]>([])
        let router = Router()
        router.on("**", method: .get, use: { request, _ in try redirect(request, status, target, seen) })
        router.on("**", method: .post, use: { request, _ in try redirect(request, status, target, seen) })
        router.on("**", method: .put, use: { request, _ in try redirect(request, status, target, seen) })
        try await LoopbackServer.with(router) { url in try await body(url, seen) }
    }

    private static func redirect(_ request: Request, _ status: HTTPResponse.Status, _ target: String,
                                 _ seen: Locked<[String]>) throws -> Response {
        seen.withLock { $0.append(request.headers[.authorization] ?? "") }
        let location = target + request.uri.path.replacingOccurrences(of: WirePath.apiPrefix, with: "")
        return Response(status: status, headers: [.location: location])
    }

    @Test("a 3xx answer is an error, and the request is not re-sent to the Location, key or not",
          arguments: [HTTPResponse.Status.temporaryRedirect, .permanentRedirect, .found, .movedPermanently, .seeOther])
    func notFollowed(status: HTTPResponse.Status) async throws {
        try await TestEmulator.with { sandbox in
            // The emulator under another loopback name: a different host as far as the client can tell.
            let other = sandbox.baseURL.absoluteString.replacingOccurrences(of: "127.0.0.1", with: "localhost")
            try await Self.withRedirector(status: status, to: other) { url, seen in
                let client = try TaptalentClient(configuration: TaptalentConfiguration(
                    baseURL: url, apiKey: APIKey(sandbox.apiKey), retry: testRetryPolicy(sandbox.sleeper, maxAttempts: 1)))
                for call in [{ _ = try await client.jobs() },
                             { _ = try await client.createAudioInterview(sampleAssessment()) },
                             { _ = try await client.updateAssessment(id: "1", AssessmentBody(testName: "Renamed screen")) }]
                    as [@Sendable () async throws -> Void] {
                    let error = try await #require(throws: TaptalentError.self) { try await call() }
                    guard case .invalidResponse(let reason) = error.kind else {
                        Issue.record("expected invalidResponse, got \(error)")
                        continue
                    }
                    #expect(reason.contains("redirect"))
                }
                #expect(seen.withLock { $0.count } == 3)
                let counters = try await sandbox.controls.counters()
                #expect(counters.requests.isEmpty, "the redirect was followed: \(counters.requests)")
            }
        }
    }
}
