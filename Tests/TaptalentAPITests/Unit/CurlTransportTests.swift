#if os(Linux)
import Foundation
import FoundationNetworking
import TapformTestSupport
import Testing
@testable import TaptalentAPI

/// The header lines libcurl hands over become the response's fields: tapform reads `Retry-After`,
/// `Location` and `Content-Type` from them.
@Suite("tapform's libcurl transport: header lines and errors")
struct CurlTransportTests {
    @Test("CRLF-separated lines become fields; the status line gives the version; repeated fields are joined")
    func fields() {
        let text = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\nContent-Type: application/json\r\n"
            + "Vary: Accept\r\nvary: Origin\r\nX-Empty:\r\nnot a header\r\n\r\n"
        let (version, fields) = CurlTransport.parse(headerText: text)
        #expect(version == "HTTP/1.1")
        #expect(fields["Retry-After"] == "2")
        #expect(fields["Content-Type"] == "application/json")
        #expect(fields["Vary"] == "Accept, Origin")
        #expect(fields["X-Empty"] == "")
        #expect(fields.count == 4)
    }

    @Test("libcurl's failures keep what tapform's retry rules need: whether the request can have arrived")
    func errorCodes() {
        #expect(CurlEngine.urlErrorCode(7) == .cannotConnectToHost)     // never sent
        #expect(CurlEngine.urlErrorCode(6) == .cannotFindHost)          // never sent
        #expect(CurlEngine.urlErrorCode(65) == .networkConnectionLost)  // re-send refused: may have arrived
        #expect(CurlEngine.urlErrorCode(52) == .networkConnectionLost)  // empty answer: may have arrived
        #expect(CurlEngine.urlErrorCode(60) == .serverCertificateUntrusted)
        #expect(CurlEngine.urlErrorCode(28) == .timedOut)
    }

    @Test("a refused connection is 'never sent', and --debug shows libcurl's own code and words")
    func refusedConnection() async throws {
        let port = try ReservedPort()
        let transport = try #require(CurlTransport())
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port.port)/v1/partner/jobs")!)
        request.httpMethod = "POST"
        request.httpBody = Data("{}".utf8)
        let error = await #expect(throws: URLError.self) { _ = try await transport.send(request) }
        #expect(error?.code == .cannotConnectToHost)
        let detail = NetworkErrorText.debugDetail(try #require(error))
        #expect(detail.hasPrefix("URLError \(URLError.Code.cannotConnectToHost.rawValue), libcurl 7: "), "\(detail)")
        #expect(NetworkErrorText.describe(try #require(error), url: "").1, "never sent")
    }
}
#endif
