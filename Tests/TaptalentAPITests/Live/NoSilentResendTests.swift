import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import TaptalentAPI

/// The danger of connection reuse: a server that applied a POST and then lost the connection before a
/// single byte of the answer. On a reused keep-alive connection libcurl (under URLSession on Linux, and
/// under tapform's own transport) takes that for a stale connection and would send the POST again on a new
/// one: a second assessment or email. A bare HTTP/1.1 server here answers GETs with keep-alive and closes
/// every POST's connection unanswered.
@Suite("No POST is ever re-sent by the HTTP library behind tapform's back")
struct NoSilentResendTests {
    /// Every transport tapform may send with here: its own on libcurl (Linux) and URLSession.
    static var transports: [String] {
        #if os(Linux)
        return ["curl", "URLSession"]
        #else
        return ["URLSession"]
        #endif
    }

    /// A transport of that name, with connections of its own: what the server counts is this test's alone.
    static func transport(_ name: String) throws -> any HTTPTransport {
        #if os(Linux)
        if name == "curl" { return try isolatedCurl() }
        #endif
        return URLSessionTransport()
    }

    #if os(Linux)
    /// tapform's libcurl transport on an engine (connection cache) of its own. A POST reuses only a connection
    /// idle for at most 2 s; a loaded machine can pause longer than that between two requests of a test, so
    /// this one allows an hour: the reuse is what is tested.
    static func isolatedCurl() throws -> CurlTransport {
        try #require(CurlTransport(caBundle: nil, noResendMaxIdle: 3600, engine: CurlEngine()),
                     "libcurl did not load: \(CurlTransport.unavailableReason ?? "")")
    }
    #endif

    static func request(_ method: String, _ port: Int, _ path: String, body: String? = nil) -> URLRequest {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/partner/\(path)")!, timeoutInterval: 10)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        return request
    }

    @Test("a POST whose connection closes unanswered after a keep-alive GET is sent once and fails", arguments: transports)
    func postNeverResent(transportName: String) async throws {
        let server = try ClosingServer(answersPosts: false)
        defer { server.stop() }
        let transport = try Self.transport(transportName)
        let get = Self.request("GET", server.port, "jobs")
        let (_, answer) = try await transport.send(get)
        #expect(answer.statusCode == 200)
        // A second GET proves the connection is kept alive and reused (one connection so far).
        _ = try await transport.send(get)
        #expect(server.requests == ["1 GET", "1 GET"])

        let post = Self.request("POST", server.port, "assessment/audio-interviews", body: #"{"testName":"Once"}"#)
        await #expect(throws: (any Error).self) { _ = try await transport.send(post) }
        #expect(server.requests.filter { $0.hasSuffix("POST") }.count == 1, "sent once: \(server.requests)")
    }

    #if os(Linux)
    @Test("tapform's transport sends POSTs on kept-alive connections, and fails the one whose connection died")
    func postsReuseConnections() async throws {
        let server = try ClosingServer(answersPosts: true)
        defer { server.stop() }
        let transport = try Self.isolatedCurl()
        for index in 1...3 {
            let (_, answer) = try await transport.send(Self.request("POST", server.port, "assessment/x/invite", body: #"{"email":"a\#(index)@example.com"}"#))
            #expect(answer.statusCode == 201)
        }
        #expect(server.requests == ["1 POST", "1 POST", "1 POST"], "one connection for every POST")

        let dying = try ClosingServer(answersPosts: false)
        defer { dying.stop() }
        _ = try await transport.send(Self.request("GET", dying.port, "jobs"))
        let error = await #expect(throws: URLError.self) {
            _ = try await transport.send(Self.request("POST", dying.port, "assessment/audio-interviews", body: #"{"testName":"Once"}"#))
        }
        // Sent on the kept-alive connection, once; the failure says it may have arrived (never "not sent").
        #expect(dying.requests == ["1 GET", "1 POST"])
        #expect(error?.code == .networkConnectionLost)
    }

    @Test("a POST without a body, which libcurl could re-send without rewinding, goes on a connection of its own")
    func bodylessPostOnFreshConnection() async throws {
        let server = try ClosingServer(answersPosts: true)
        defer { server.stop() }
        let transport = try Self.transport("curl")
        _ = try await transport.send(Self.request("GET", server.port, "jobs"))
        _ = try await transport.send(Self.request("POST", server.port, "assessment/x/generate-questions"))
        _ = try await transport.send(Self.request("GET", server.port, "jobs"))
        #expect(server.requests == ["1 GET", "2 POST", "1 GET"])
    }
    #endif
}

/// A minimal HTTP/1.1 server on a loopback port chosen by the OS: answers each GET `200 {}` and keeps the
/// connection open; reads each POST in full and then closes the connection without answering, or, with
/// `answersPosts`, answers it `201 {}` and keeps the connection open too. Records
/// `"<connection number> <method>"` per request head.
final class ClosingServer: @unchecked Sendable {
    let port: Int
    private let answersPosts: Bool
    private let listener: Int32
    private let lock = NSLock()
    private var seen: [String] = []
    private var connections = 0

    var requests: [String] { lock.withLock { seen } }

    init(answersPosts: Bool = false) throws {
        self.answersPosts = answersPosts
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        guard bound, listen(listener, 16) == 0 else { close(listener); throw POSIXError(.EADDRINUSE) }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in acceptLoop() }.start()
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let number = lock.withLock { connections += 1; return connections }
            Thread { [self] in serve(connection, number) }.start()
        }
    }

    private func serve(_ connection: Int32, _ number: Int) {
        defer { close(connection) }
        var buffer = [UInt8]()
        while true {
            guard let (method, length, headEnd) = Self.head(in: buffer) else {
                if !readMore(connection, &buffer) { return }
                continue
            }
            // Recorded as soon as the head is in: libcurl's re-send carries the head again (and, as seen
            // here, no body), so a server that acts on the head would apply it twice.
            lock.withLock { seen.append("\(number) \(method)") }
            while buffer.count < headEnd + length { if !readMore(connection, &buffer) { return } }
            buffer.removeFirst(headEnd + length)
            if method != "GET" && !answersPosts { return }
            let status = method == "GET" ? "200 OK" : "201 Created"
            let answer = "HTTP/1.1 \(status)\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
            _ = answer.utf8CString.withUnsafeBufferPointer { send(connection, $0.baseAddress, $0.count - 1, 0) }
        }
    }

    private func readMore(_ connection: Int32, _ buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = recv(connection, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer += chunk[0..<count]
        return true
    }

    /// The method, the declared body length and where the head ends, once the whole head is in `buffer`.
    static func head(in buffer: [UInt8]) -> (String, Int, Int)? {
        let marker: [UInt8] = Array("\r\n\r\n".utf8)
        guard buffer.count >= 4, let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<$0 + 4]) == marker })
        else { return nil }
        let head = String(decoding: buffer[0..<end], as: UTF8.self)
        let method = String(head.prefix { $0 != " " })
        let length = head.split(separator: "\r\n").compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first ?? 0
        return (method, length, end + 4)
    }
}
