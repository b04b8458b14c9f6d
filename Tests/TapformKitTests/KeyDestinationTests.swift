import Foundation
import Testing
@testable import TapformKit
import TapformSpec
import TaptalentAPI

/// The API key goes only to Taptalent's hosts and loopback, unless `TAPFORM_ALLOWED_HOSTS` allows more:
/// a pull request can change `url:` in tapform.yaml, not the process environment.
@Suite("Where the key may go")
struct KeyDestinationTests {
    static let key = "sk_live_" + String(repeating: "k", count: 22)

    static func config(url: String) throws -> (ProjectConfig, SeedingKit.Folder) {
        let folder = try SeedingKit.Folder([
            "tapform.yaml": "version: 1\nenvironments:\n  production: {url: \"\(url)\", apiKeyEnv: PROD_KEY}\n",
        ])
        let project = Project.load(root: folder.root)
        #expect(!project.spec.hasErrors, "\(project.spec.diagnostics)")
        return (project.config, folder)
    }

    static func connect(url: String, allowed: String? = nil) async throws -> Connection {
        let (config, folder) = try config(url: url)
        defer { folder.remove() }
        var process = ["PROD_KEY": key]
        if let allowed { process[KeyDestinations.allowedHostsVariable] = allowed }
        return try await ConnectionResolver.connect(
            ConnectionRequest(environment: "production", processEnvironment: process), config: config, root: folder.root)
    }

    @Test("Taptalent's own hosts and loopback are allowed", arguments: [
        "https://partner-api.taptalent.io/v1/partner", "https://sandbox.partner-api.taptalent.io/v1/partner",
        "https://PARTNER-API.taptalent.io./v1/partner", "http://127.0.0.1:8787/v1/partner",
        "http://localhost:8787/v1/partner", "http://[::1]:8787/v1/partner",
    ])
    func allowed(url: String) async throws {
        let connection = try await Self.connect(url: url)
        await connection.close()
    }

    @Test("any other host is refused before the key is sent, naming the host and how to allow it", arguments: [
        ("https://evil.example/v1/partner", "evil.example"),
        ("https://api.taptalent.io/v1/partner", "api.taptalent.io"),
        ("https://partner-api.taptalent.io.evil.example/v1/partner", "partner-api.taptalent.io.evil.example"),
        ("https://taptalent.io/v1/partner", "taptalent.io"),
    ])
    func refused(url: String, host: String) async throws {
        let error = try await #require(throws: TapformError.self) { try await Self.connect(url: url) }
        #expect(error.message.contains("environment \"production\""), "\(error)")
        #expect(error.message.contains("\(host) is neither"), "\(error)")
        #expect(error.message.contains("\(KeyDestinations.allowedHostsVariable)=\(host)"), "\(error)")
        #expect(!error.message.contains(Self.key))
    }

    @Test("TAPFORM_ALLOWED_HOSTS allows exactly the hosts it lists")
    func allowedByVariable() async throws {
        let connection = try await Self.connect(url: "https://evil.example/v1/partner", allowed: " other.example , EVIL.example")
        await connection.close()
        await #expect(throws: TapformError.self) {
            try await Self.connect(url: "https://sub.evil.example/v1/partner", allowed: "evil.example")
        }
    }

    @Test("an entry of TAPFORM_ALLOWED_HOSTS that is not a host name is an error naming it", arguments: [
        "*.example.com", "https://evil.example", "evil.example:443", "evil.example/v1",
    ])
    func badVariable(entry: String) async throws {
        let error = try await #require(throws: TapformError.self) {
            try await Self.connect(url: "https://partner-api.taptalent.io/v1/partner", allowed: "ok.example,\(entry)")
        }
        #expect(error.message.contains(KeyDestinations.allowedHostsVariable))
        #expect(error.message.contains("\"\(entry)\""), "\(error)")
    }

    @Test("--url goes through the same rule")
    func urlFlag() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let error = try await #require(throws: TapformError.self) {
            try await ConnectionResolver.connect(
                ConnectionRequest(url: "https://evil.example/v1/partner", processEnvironment: ["TAPTALENT_API_KEY": Self.key]),
                config: .default, root: folder.root)
        }
        #expect(error.message.contains("evil.example is neither"), "\(error)")
    }

    @Test("the client itself refuses a host the key may not go to, and sends nothing")
    func clientRefuses() throws {
        let transport = DoctorFakeTransport { _ in Issue.record("a request was sent"); return (200, "{}") }
        let configuration = TaptalentConfiguration(baseURL: URL(string: "https://evil.example/v1/partner")!, apiKey: APIKey(Self.key))
        #expect(throws: TaptalentError.self) { try TaptalentClient(configuration: configuration, transport: transport) }
        var allowed = configuration
        allowed.keyDestinations = KeyDestinations(extraHosts: ["evil.example"])
        #expect(throws: Never.self) { try TaptalentClient(configuration: allowed, transport: transport) }
    }

    @Test("doctor reports a refused host as a failed check and sends nothing")
    func doctor() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let transport = DoctorFakeTransport { _ in Issue.record("a request was sent"); return (200, "{}") }
        let report = await DoctorTests.run(root: folder.root, url: "https://evil.example/v1/partner",
                                           process: ["TAPTALENT_API_KEY": Self.key], transport: transport)
        #expect(!report.passed)
        let check = try #require(report.checks.first { $0.text.contains("evil.example is neither") }, "\(report.text)")
        #expect(check.outcome == .failed)
        #expect(!report.text.contains(Self.key))

        let bad = await DoctorTests.run(root: folder.root, url: "https://partner-api.taptalent.io/v1/partner",
                                        process: ["TAPTALENT_API_KEY": Self.key, KeyDestinations.allowedHostsVariable: "*.x"],
                                        transport: DoctorFakeTransport { _ in (401, "{}") })
        #expect(bad.checks.contains { $0.outcome == .failed && $0.text.contains(KeyDestinations.allowedHostsVariable) }, "\(bad.text)")
    }
}
