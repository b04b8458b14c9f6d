#if os(Linux)
import Foundation
import FoundationNetworking
import TapformTestSupport
import Testing
@testable import TaptalentAPI

/// HTTPS through tapform's own libcurl transport, against a local TLS server (Python's `ssl`) with a
/// certificate from a CA made for the test (`openssl`): the certificate is verified, against the CAs the
/// transport trusts.
@Suite("HTTPS through tapform's libcurl transport")
struct TLSTransportTests {
    @Test("a certificate of a trusted CA is accepted; one of a CA the system does not know is refused, for good")
    func verification() async throws {
        let folder = try TemporaryFolder("tls")
        defer { folder.remove() }
        try Self.makeCertificates(in: folder)
        try folder.write("serve.py", Self.server)
        let server = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "serve.py"], in: folder.url,
            environment: ProcessInfo.processInfo.environment, stdout: .pipe, stderr: .null)
        defer { server.terminate() }
        let output = try #require(server.standardOutput)
        let portLine = try #require(Self.firstLine(of: output), "the TLS server did not start")
        let port = try #require(Int(portLine))
        var request = URLRequest(url: URL(string: "https://localhost:\(port)/v1/partner/jobs")!)
        request.httpMethod = "GET"

        let trusting = try #require(CurlTransport(caBundle: folder.url.appendingPathComponent("ca.crt").path))
        for _ in 1...2 {
            let (body, answer) = try await trusting.send(request)
            #expect(answer.statusCode == 200)
            #expect(String(decoding: body, as: UTF8.self) == #"{"jobs":[],"totalJobs":0}"#)
        }

        let system = try #require(CurlTransport())
        let error = await #expect(throws: URLError.self) { _ = try await system.send(request) }
        #expect(error?.code == .serverCertificateUntrusted)
        let (reason, neverSent, lasting) = NetworkErrorText.describe(try #require(error), url: "")
        #expect(reason == "the server's TLS certificate was not accepted")
        #expect(neverSent && lasting, "a refused certificate: nothing was sent, and retrying will not help")
    }

    /// A CA and a certificate for localhost signed by it.
    static func makeCertificates(in folder: TemporaryFolder) throws {
        try folder.write("server.ext", "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        let steps = [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
             "-subj", "/CN=tapform test CA"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
            ["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt",
             "-days", "2", "-extfile", "server.ext"],
        ]
        for arguments in steps {
            let openssl = try ChildProcess(
                URL(fileURLWithPath: "/usr/bin/env"), ["openssl"] + arguments, in: folder.url,
                environment: ProcessInfo.processInfo.environment, stdout: .null, stderr: .null)
            openssl.waitUntilExit()
            #expect(openssl.terminationStatus == 0, "openssl \(arguments.joined(separator: " "))")
        }
    }

    static func firstLine(of handle: FileHandle) -> String? {
        var line = Data()
        while true {
            let byte = handle.readData(ofLength: 1)
            guard let first = byte.first else { return nil }
            if first == 0x0A { return String(decoding: line, as: UTF8.self) }
            line.append(first)
        }
    }

    /// Answers every GET with an empty jobs list over TLS (HTTP/1.1, kept alive); prints its port first.
    static let server = #"""
        import http.server, ssl
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def do_GET(self):
                body = b'{"jobs":[],"totalJobs":0}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *arguments):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain("server.crt", "server.key")
        server.socket = context.wrap_socket(server.socket, server_side=True)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}
#endif
