import Foundation
import TaptalentAPI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking TCP connection to a loopback port, for what URLSession hides: sending a request byte by
/// byte, an answer that arrives before the request is sent, and whether the server then closes. Every
/// blocking call is bounded by `guardSeconds` (a failure guard only: a passing test never waits for it).
/// Use it inside `onThread`: blocking a thread of Swift's small cooperative pool would stall the
/// emulator's own handlers, which run there.
final class RawConnection {
    private let descriptor: Int32
    static let guardSeconds = 20

    init(port: Int) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw TestFailure("socket() failed: errno \(errno)") }
        var timeout = timeval(tv_sec: Self.guardSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw TestFailure("connect() failed: errno \(errno)")
        }
    }

    deinit { close(descriptor) }

    enum SendOutcome: Equatable {
        case sent
        /// The server closed the connection (EPIPE or ECONNRESET).
        case closedByPeer
        /// The send blocked for `guardSeconds`: the server stopped reading but kept the connection open.
        case blocked
    }

    func send(_ bytes: [UInt8]) -> SendOutcome {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                #else
                Darwin.send(descriptor, buffer.baseAddress, buffer.count, 0)
                #endif
            }
            if sent < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { return .blocked }
                return .closedByPeer
            }
            offset += sent
        }
        return .sent
    }

    func send(_ text: String) -> SendOutcome { send(Array(text.utf8)) }

    /// True when bytes (or the end of the stream) wait to be read; does not wait.
    var isReadable: Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    /// Reads one answer whose length the `Content-Length` header gives; the connection stays as it is.
    func readAnswer() throws -> RawAnswer {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let answer = try? RawAnswer(received), answer.body.count >= Int(answer.headers["content-length"] ?? "0") ?? 0 {
                return answer
            }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += chunk.prefix(count)
            } else if count < 0, errno == EINTR {
                continue
            } else {
                throw TestFailure("the connection ended after \(received.count) bytes, before a whole answer")
            }
        }
    }

    /// Reads until the server closes the connection. `closed` is false when the guard expired first.
    func readUntilClosed() -> (bytes: [UInt8], closed: Bool) {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += chunk.prefix(count)
            } else if count == 0 {
                return (received, true)
            } else if errno == EINTR {
                continue
            } else {
                // ECONNRESET is a close too (unread request bytes make the server's close a reset);
                // EAGAIN is the guard expiring.
                return (received, errno != EAGAIN && errno != EWOULDBLOCK)
            }
        }
    }
}

/// An HTTP/1.1 answer read off the wire.
struct RawAnswer {
    var status: Int
    /// Header names lower-cased.
    var headers: [String: String]
    var body: [UInt8]

    init(_ bytes: [UInt8]) throws {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = bytes.indices.dropLast(3).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw TestFailure("no complete response head in \(bytes.count) bytes: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestFailure("bad status line \(head[0])") }
        self.status = status
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = Array(bytes[(end + 4)...])
    }

    var json: JSON { JSON(try? JSONDecoder().decode(JSONValue.self, from: Data(body))) }
}

/// Runs blocking work on a thread of its own and returns its result.
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
