import Foundation
import Testing
@testable import TapformKit
import TaptalentAPI
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("doctor --write: the repeated-invite check")
struct DoctorWriteTests {
    static func run(root: URL, env: String? = nil, url: String? = nil, process: [String: String] = [:],
                    transport: (any HTTPTransport)? = nil, production: Bool = false) async -> DoctorReport {
        await DoctorUseCase.run(DoctorOptions(
            root: root,
            connection: ConnectionRequest(environment: env, url: url, processEnvironment: process, retry: .none, timeout: .seconds(10)),
            transport: transport, write: true, allowProduction: production))
    }

    static let liveKey = ["TAPTALENT_API_KEY": "sk_live_" + String(repeating: "c", count: 22)]

    @Test("on the embedded emulator: one email for two invites, the throwaway assessment left inactive, the finding recorded")
    func localPasses() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let report = await Self.run(root: folder.root, env: "local")
        #expect(report.passed, "\(report.text)")
        let check = try #require(report.checks.first { $0.text.hasPrefix("a repeated invite is de-duplicated") })
        #expect(check.text.contains("1 email sent"))
        #expect(check.text.contains("now inactive"))
        #expect(check.details == ["recorded for environment \"local\" in \(DeduplicationRecords.path)"])
        let records = try DeduplicationRecords.load(root: folder.root)
        #expect(records.map(\.environment) == ["local"])
        #expect(records.first?.url == DeduplicationRecords.embedded)
        #expect(records.first?.deduplicates == true)
        let data = try #require(FileManager.default.contents(atPath: folder.root.appendingPathComponent(DeduplicationRecords.path).path))
        #expect(!String(decoding: data, as: UTF8.self).contains(ConnectionResolver.localKey))

        // The next doctor run reads the local emulator's data: the throwaway assessment is inactive.
        let connection = try await ConnectionResolver.connect(
            ConnectionRequest(environment: "local", readOnly: true), config: .default, root: folder.root)
        let remote = try await connection.client.allAssessments()
        await connection.close()
        let throwaway = try #require(remote.first { $0.testName.hasPrefix(DeduplicationCheck.namePrefix) })
        #expect(throwaway.status == WireStatus.inactive)
    }

    @Test("refuses Taptalent's production host without --production, before any write")
    func refusesProduction() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let transport = FakeAccount(deduplicates: true)
        let report = await Self.run(root: folder.root, url: TaptalentConfiguration.productionBaseURL.absoluteString,
                                    process: Self.liveKey, transport: transport)
        #expect(!report.passed)
        #expect(report.text.contains("is Taptalent's production API (run it on the sandbox environment, or add --production"))
        #expect(transport.writes.isEmpty, "nothing was written: \(transport.writes)")
        #expect(try DeduplicationRecords.load(root: folder.root).isEmpty)

        let allowed = await Self.run(root: folder.root, url: TaptalentConfiguration.productionBaseURL.absoluteString,
                                     process: Self.liveKey, transport: transport, production: true)
        #expect(allowed.text.contains("✓ a repeated invite is de-duplicated"), "\(allowed.text)")
        #expect(transport.writes.count == 4, "create, two invites, deactivate: \(transport.writes)")
    }

    @Test("an account that emails twice fails the check, is recorded, and invite --resend-unknown then refuses")
    func notDeduplicated() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let url = "https://partner-api.example.com/v1/partner"
        let transport = FakeAccount(deduplicates: false)
        // A host of the test's own, allowed the way a workflow allows one.
        let process = Self.liveKey.merging([KeyDestinations.allowedHostsVariable: "partner-api.example.com"]) { $1 }
        let report = await Self.run(root: folder.root, url: url, process: process, transport: transport)
        #expect(!report.passed)
        #expect(report.text.contains("✗ repeated invites are not de-duplicated"))
        #expect(report.text.contains("do not use invite --resend-unknown here"))
        #expect(transport.writes.last?.hasPrefix("PUT ") == true, "the throwaway assessment is set inactive anyway")
        let records = try DeduplicationRecords.load(root: folder.root)
        let checkedAt = try #require(records.first?.checkedAt)
        #expect(records == [DeduplicationRecord(environment: url, url: url, deduplicates: false, checkedAt: checkedAt)])
        for trusted in [false, true] {
            #expect(throws: TapformError.self, "a finding beats --trust-deduplication") {
                try InviteUseCase.requireDeduplication(environment: url, baseURL: URL(string: url)!, root: folder.root, trusted: trusted)
            }
        }
    }
}

/// An account that answers doctor's requests: an empty list, no jobs, a created assessment, invites
/// (the second one `alreadyInvited` only if `deduplicates`), and updates. Records every write.
final class FakeAccount: HTTPTransport, @unchecked Sendable {
    let deduplicates: Bool
    private let lock = NSLock()
    private var invited: Set<String> = []
    private var log: [String] = []

    init(deduplicates: Bool) {
        self.deduplicates = deduplicates
    }

    var writes: [String] { lock.withLock { log } }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let url = try #require(request.url)
        let method = request.httpMethod ?? "GET"
        let path = url.path.replacingOccurrences(of: "/v1/partner", with: "")
        let body: String = lock.withLock {
            if method != "GET" { log.append("\(method) \(path)") }
            let assessment = #"{"status":"success","data":{"assessmentId":"d1","testName":"tapform-doctor-x","status":"ACTIVE"}}"#
            switch (method, path) {
            case ("GET", "/assessment"):
                return #"{"status":"success","data":{"assessments":[],"pagination":{"page":1,"limit":10,"total":0}}}"#
            case ("GET", "/jobs"):
                return #"{"jobs":[],"totalJobs":0}"#
            case ("POST", "/assessment/d1/invite"):
                let again = invited.contains("d1")
                invited.insert("d1")
                return #"{"status":"success","data":{"email":"x@example.com","status":"INVITED","invitedAt":1,"alreadyInvited":\#(again && deduplicates)}}"#
            default:
                return assessment
            }
        }
        let response = try #require(HTTPURLResponse(
            url: url, statusCode: 200, httpVersion: "HTTP/1.1", headerFields: ["Content-Type": "application/json"]))
        return (Data(body.utf8), response)
    }
}
