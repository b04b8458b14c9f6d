import Foundation
import Testing
import TaptalentAPI

@Suite("Base URL safety")
struct URLSafetyTests {
    @Test("https anywhere, http only to loopback", arguments: [
        ("https://partner-api.taptalent.io/v1/partner", true),
        ("http://127.0.0.1:8787/v1/partner", true),
        ("http://127.10.0.3/v1/partner", true),
        ("http://localhost:8787/v1/partner", true),
        ("http://[::1]:8787/v1/partner", true),
        ("http://partner-api.taptalent.io/v1/partner", false),
        ("http://127.0.0.1.evil.example/v1/partner", false),
        ("http://128.0.0.1/v1/partner", false),
        ("http://localhost.evil.example/v1/partner", false),
        ("ftp://127.0.0.1/v1/partner", false),
    ])
    func rule(url: String, allowed: Bool) {
        #expect((URLSafety.problem(with: URL(string: url)!) == nil) == allowed, "\(url)")
    }

    @Test("the client refuses http:// to a non-loopback host before sending anything")
    func clientRefuses() throws {
        let transport = ScriptedTransport([])
        let configuration = TaptalentConfiguration(baseURL: URL(string: "http://partner-api.taptalent.io/v1/partner")!, apiKey: testKey)
        let error = try #require(throws: TaptalentError.self) { try TaptalentClient(configuration: configuration, transport: transport) }
        guard case .insecureURL = error.kind else { Issue.record("expected insecureURL, got \(error.kind)"); return }
        #expect(error.description.contains("plain http:// is refused for partner-api.taptalent.io"))
        #expect(!error.description.contains(testKeyText))
        #expect(transport.sent.isEmpty)
    }
}
