import Foundation
import Testing
import TaptalentAPI
@testable import TaptalentEmulator

/// How the emulator answers requests that break the contract's rules for the request itself: an id too
/// long for an HTTP request line, a body that is not declared JSON, a body over the size limit.
@Suite("Request handling")
struct RequestHandlingTests {
    /// A request head for the raw connection.
    static func head(_ method: String, _ path: String, key: String, contentType: String?, length: Int) -> String {
        var text = "\(method) \(WirePath.apiPrefix)/\(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        text += "\(WireHeader.authorization): \(WireHeader.bearerPrefix)\(key)\r\n"
        if let contentType { text += "\(WireHeader.contentType): \(contentType)\r\n" }
        return text + "Content-Length: \(length)\r\n\r\n"
    }

    static func port(_ sandbox: TestEmulator) -> Int { sandbox.baseURL.port! }

    /// One request over a raw connection (URLSession would add a Content-Type of its own).
    static func exchange(_ sandbox: TestEmulator, _ method: String, _ path: String, contentType: String?, body: String) async throws -> RawAnswer {
        let port = port(sandbox)
        let request = head(method, path, key: sandbox.apiKey, contentType: contentType, length: body.utf8.count) + body
        return try await onThread {
            let connection = try RawConnection(port: port)
            guard connection.send(request) == .sent else { throw TestFailure("the request could not be sent") }
            return try connection.readAnswer()
        }
    }

    static let validBody = #"{"testName":"Backend screen","hiringForRole":"Backend Engineer"}"#

    @Test("an id of 100,000 characters answers the error envelope, not an empty 400")
    func hugeId() async throws {
        try await TestEmulator.with { sandbox in
            let id = String(repeating: "a", count: 100_000)
            let answer = try await sandbox.api("GET", WirePath.assessment(id))
            #expect((400..<500).contains(answer.status))
            #expect(answer.code != nil, "body: \(String(decoding: answer.body.prefix(200), as: UTF8.self))")
        }
    }

    @Test("a POST or PUT body that is not declared JSON is a 400 INVALID_REQUEST naming Content-Type",
          arguments: [nil, "text/plain", "application/x-www-form-urlencoded", "application/jsonp"])
    func notDeclaredJSON(contentType: String?) async throws {
        try await TestEmulator.with { sandbox in
            let created = try await sandbox.createAssessment()
            for (method, path) in [("POST", WirePath.createAudioInterview),
                                   ("PUT", WirePath.assessment(created["assessmentId"].string ?? ""))] {
                let answer = try await Self.exchange(sandbox, method, path, contentType: contentType, body: Self.validBody)
                #expect(answer.status == 400, "\(method)")
                #expect(answer.json["error"]["code"].string == WireErrorCode.invalidRequest)
                #expect(answer.json["error"]["details"][WireRequestRules.contentTypeDetail].string?.contains(WireHeader.json) == true,
                        "\(answer.json)")
            }
            #expect(try await sandbox.wireCounters()["assessmentsCreated"].int == 1)
        }
    }

    @Test("application/json with parameters, in any case, is JSON",
          arguments: ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"])
    func declaredJSON(contentType: String) async throws {
        try await TestEmulator.with { sandbox in
            let answer = try await Self.exchange(sandbox, "POST", WirePath.createAudioInterview, contentType: contentType,
                                                 body: Self.validBody)
            #expect(answer.status == 200, "\(answer.json)")
        }
    }

    @Test("a body over the limit is answered at once with the envelope and Connection: close, then the connection closes")
    func overLimitBodyClosesTheConnection() async throws {
        try await TestEmulator.with { sandbox in
            let length = RequestInput.maxBodyBytes * 64
            let head = Self.head("POST", WirePath.createAudioInterview, key: sandbox.apiKey,
                                 contentType: WireHeader.json, length: length)
            let port = Self.port(sandbox)
            // Send the body in pieces until the answer arrives; the server must not wait for the rest.
            let (sent, outcome, bytes, closed) = try await onThread {
                let connection = try RawConnection(port: port)
                var outcome = connection.send(head)
                let piece = [UInt8](repeating: 0x20, count: 16 * 1024)
                var sent = 0
                while outcome == .sent, sent < length, !connection.isReadable {
                    outcome = connection.send(piece)
                    if outcome == .sent { sent += piece.count }
                }
                let (bytes, closed) = connection.readUntilClosed()
                return (sent, outcome, bytes, closed)
            }
            #expect(outcome != .blocked, "the server stopped reading after \(sent) bytes but kept the connection open")
            #expect(sent < length, "the whole body was sent before any answer")
            #expect(closed, "the connection stayed open after the answer")
            let answer = try RawAnswer(bytes)
            #expect(answer.status == 400)
            #expect(answer.headers["connection"]?.lowercased() == "close")
            #expect(answer.json["error"]["code"].string == WireErrorCode.invalidRequest)
            #expect(answer.json["error"]["details"]["body"].string?.contains(String(RequestInput.maxBodyBytes)) == true)
            #expect(try await sandbox.wireCounters()["assessmentsCreated"].int == 0)
        }
    }
}
