import Foundation
import Testing
@testable import TapformKit
import TapformSpec
@testable import TaptalentAPI

/// `TAPFORM_HTTP_TRANSPORT` chooses what sends the requests: tapform's libcurl transport (the default on
/// Linux) or URLSession, the way back should the libcurl transport misbehave somewhere.
@Suite("Choosing the HTTP transport")
struct TransportChoiceTests {
    static func connect(_ choice: String?) async throws -> Connection {
        let folder = try SeedingKit.Folder([
            "tapform.yaml": "version: 1\nenvironments:\n  local8787: {url: \"http://127.0.0.1:8787/v1/partner\", apiKeyEnv: KEY}\n",
        ])
        defer { folder.remove() }
        let project = Project.load(root: folder.root)
        var process = ["KEY": "sk_test_" + String(repeating: "k", count: 22)]
        if let choice { process[HTTPTransportChoice.variable] = choice }
        return try await ConnectionResolver.connect(
            ConnectionRequest(environment: "local8787", processEnvironment: process), config: project.config, root: folder.root)
    }

    @Test("unset or curl is tapform's libcurl transport on Linux; urlsession (any case) is URLSession",
          arguments: [(nil, "curl"), ("", "curl"), ("curl", "curl"), ("urlsession", "urlsession"), (" URLSession ", "urlsession")])
    func chosen(value: String?, expected: String) async throws {
        let connection = try await Self.connect(value)
        defer { Task { await connection.close() } }
        let transport = connection.client.executor.transport
        #if os(Linux)
        #expect((transport is CurlTransport) == (expected == "curl"), "\(type(of: transport))")
        #endif
        #expect((transport is URLSessionTransport) == (expected == "urlsession"), "\(type(of: transport))")
    }

    @Test("any other value is an error naming the variable, the value and the choices, before anything is sent")
    func unknown() async throws {
        let error = try await #require(throws: TapformError.self) { try await Self.connect("libcurl") }
        #expect(error.message == "TAPFORM_HTTP_TRANSPORT holds \"libcurl\"; set it to curl or urlsession, or unset it", "\(error)")
    }
}
