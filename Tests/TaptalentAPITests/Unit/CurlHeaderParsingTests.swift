#if os(Linux)
import Testing
@testable import TaptalentAPI

/// The header lines libcurl hands over become the response's fields: tapform reads `Retry-After`,
/// `Location` and `Content-Type` from them.
@Suite("libcurl's header lines")
struct CurlHeaderParsingTests {
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
}
#endif
