import Foundation
import Testing
import TaptalentAPI

@Suite("Sandbox control client requests")
struct EmulatorControlClientTests {
    @Test("the emulator's root or its API base URL both reach /__sandbox, with no key", arguments: [
        "http://127.0.0.1:8787", "http://127.0.0.1:8787/", "http://127.0.0.1:8787/v1/partner",
    ])
    func root(url: String) async throws {
        let transport = ScriptedTransport([.answer(status: 200, body: "{}")])
        let controls = try EmulatorControlClient(url: URL(string: url)!, transport: transport)
        try await controls.reset()
        let request = try #require(transport.sent.first)
        #expect(request.url?.absoluteString == "http://127.0.0.1:8787/__sandbox/reset")
        #expect(request.httpMethod == "POST")
        #expect(request.value(forHTTPHeaderField: "Authorization") == nil)
    }

    @Test("faults are sent as the documented body")
    func faults() async throws {
        let transport = ScriptedTransport([.answer(status: 200, body: "{}")])
        let controls = try EmulatorControlClient(url: URL(string: "http://localhost:1")!, transport: transport)
        try await controls.setFaults(EmulatorFaults(error500: 0.5, seed: 7))
        let body = try #require(transport.sent.first?.httpBody)
        #expect(try JSONDecoder().decode(EmulatorFaults.self, from: body) == EmulatorFaults(error500: 0.5, seed: 7))
        #expect(transport.sent.first?.url?.path == "/__sandbox/faults")
    }

    @Test("a non-loopback http URL is refused")
    func insecure() {
        #expect(throws: TaptalentError.self) { try EmulatorControlClient(url: URL(string: "http://example.com:8787")!) }
    }
}
