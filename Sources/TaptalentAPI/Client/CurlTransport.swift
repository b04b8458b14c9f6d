#if os(Linux)
import CTapformCurl
import Foundation
import FoundationNetworking

/// The transport on Linux: libcurl driven by tapform itself (one event loop for the process, `CurlEngine`),
/// with connections kept alive and reused by every method, POST included, and never a request sent twice
/// by the library behind tapform's back.
///
/// libcurl re-sends a request by itself when a reused connection closes before any answer. For a POST that
/// could be a second assessment or invite email, so a POST's body is read through a callback that refuses
/// to rewind: libcurl then fails the request (an unknown outcome, which tapform reports and never retries
/// blindly) instead of sending it again. A POST without a body, which libcurl could re-send without
/// rewinding anything, goes on a fresh connection closed after it. GET, PUT and DELETE may be re-sent: they
/// are idempotent. Redirects are not followed (a redirect would carry the `Authorization` header to wherever
/// it points). docs/decisions/http-transport.md has the reasons and figures.
public final class CurlTransport: HTTPTransport, Sendable {
    /// A request that may not be re-sent reuses a kept-alive connection only if it has been idle at most this
    /// long (seconds). A server closes idle connections after some seconds (commonly 5 to 75); a request sent
    /// on one just as it closes fails with an unknown outcome (it is never re-sent), so such requests stay
    /// clear of connections old enough to be closing. A busy run reuses connections idle for milliseconds.
    static let noResendMaxIdleSeconds = 2

    private let engine: CurlEngine
    /// The CA bundle, when libcurl has no default built in (as URLSession on Linux looks for it).
    private let caBundle: String?
    private let noResendMaxIdle: Int

    /// nil when libcurl cannot be used here (not installed, or older than 7.68); `CurlTransport.unavailableReason`
    /// says why.
    public convenience init?() {
        self.init(caBundle: Self.caBundle)
    }

    /// A transport that trusts only the CAs in `caBundle` (for tests: a CA of their own), lets a request
    /// that may not be re-sent reuse connections idle for at most `noResendMaxIdle` seconds, and sends
    /// through `engine` (for tests: one of their own).
    init?(caBundle: String?, noResendMaxIdle: Int = CurlTransport.noResendMaxIdleSeconds, engine: CurlEngine? = CurlEngine.shared) {
        guard let engine else { return nil }
        self.engine = engine
        self.caBundle = caBundle
        self.noResendMaxIdle = noResendMaxIdle
    }

    /// Why libcurl could not be loaded, or nil when it was.
    public static var unavailableReason: String? {
        tf_curl_load() == 1 ? nil : String(cString: tf_curl_load_error())
    }

    public func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        guard let url = request.url else { throw URLError(.badURL) }
        let method = request.httpMethod ?? "GET"
        let headers = (request.allHTTPHeaderFields ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        let mayResend = HTTPMethod(rawValue: method)?.isIdempotent ?? false
        let body = request.httpBody ?? Data()
        let transfer: CurlEngine.Transfer = try Self.withCStrings(headers) { headerPointers in
            try body.withUnsafeBytes { bytes in
                guard let raw = tf_transfer_new(
                    url.absoluteString, method, headerPointers.baseAddress, headerPointers.count,
                    bytes.baseAddress, bytes.count, mayResend ? 1 : 0, noResendMaxIdle, caBundle)
                else { throw URLError(.unknown) }
                return CurlEngine.Transfer(raw)
            }
        }
        let (status, answer, headerText) = try await engine.perform(transfer)
        let (version, fields) = Self.parse(headerText: headerText)
        guard let response = HTTPURLResponse(url: url, statusCode: status, httpVersion: version, headerFields: fields) else {
            throw URLError(.badServerResponse)
        }
        return (answer, response)
    }

    /// The status line's version and the header fields of the final answer (a repeated field's values
    /// joined with ", ", as URLSession does).
    static func parse(headerText: String) -> (String, [String: String]) {
        var version = "HTTP/1.1"
        var fields: [String: String] = [:]
        for line in headerText.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("HTTP/") {
                version = String(line.prefix { $0 != " " })
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let known = fields.keys.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
                fields[known] = fields[known, default: ""] + ", " + value
            } else {
                fields[name] = value
            }
        }
        return (version, fields)
    }

    /// libcurl's built-in CA bundle, or else the first of the usual places that exists (as URLSession on
    /// Linux does), or nil.
    private static let caBundle: String? = {
        guard tf_curl_load() == 1, tf_curl_default_cainfo() == nil else { return nil }
        let places = [
            "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/usr/share/ssl/certs/ca-bundle.crt",
            "/usr/local/share/certs/ca-root-nss.crt", "/etc/ssl/cert.pem",
        ]
        return places.first { FileManager.default.isReadableFile(atPath: $0) }
    }()

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) throws -> T) rethrows -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { $0.map { UnsafePointer<CChar>($0) } }
        return try pointers.withUnsafeBufferPointer(body)
    }
}
#endif
