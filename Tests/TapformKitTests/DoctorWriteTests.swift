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
            connection: ConnectionRequest(environment: env, url: url, processEnvironment: process, retry: .none, timeout: .seconds(60)),
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
        #expect(report.endpoints.count == DoctorWriteContractTests.endpointsExercised.count)
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
        let throwaways = remote.filter { $0.testName.hasPrefix(WriteExercise.namePrefix) }
        #expect(throwaways.count == 2, "the one created, and the one auto-generated")
        #expect(throwaways.allSatisfy { $0.status == WireStatus.inactive })
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
        #expect(transport.writes.first == "POST /assessment/audio-interviews", "\(transport.writes)")
        #expect(transport.writes.suffix(2) == ["PUT /assessment/d1", "PUT /assessment/d2"], "both set inactive: \(transport.writes)")
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

/// An account that answers each of doctor's requests loosely (their shape is not what these tests check):
/// an empty list, no jobs, created assessments `d1` and `d2`, questions, invites (the second one
/// `alreadyInvited` only if `deduplicates`), and updates. Records every write.
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
        let sent = request.httpBody.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let body: String = lock.withLock {
            if method != "GET" { log.append("\(method) \(path)") }
            func assessment(_ id: String) -> String {
                let status = sent.contains("INACTIVE") ? "INACTIVE" : "ACTIVE"
                return #"{"status":"success","data":{"assessmentId":"\#(id)","testName":"tapform-doctor-x","status":"\#(status)"}}"#
            }
            let question = #"{"status":"success","data":{"questionId":"q9","question":"Q","order":1}}"#
            switch (method, path) {
            case ("GET", "/assessment"):
                return #"{"status":"success","data":{"assessments":[],"pagination":{"page":1,"limit":10,"total":0}}}"#
            case ("GET", "/jobs"):
                return #"{"jobs":[],"totalJobs":0}"#
            case ("POST", "/assessment/auto-generate"):
                return assessment("d2")
            case ("POST", "/assessment/d1/invite"):
                let again = invited.contains("d1")
                invited.insert("d1")
                return #"{"status":"success","data":{"email":"x@example.com","status":"INVITED","invitedAt":1,"alreadyInvited":\#(again && deduplicates)}}"#
            case ("POST", "/assessment/d1/questions"), ("PUT", "/assessment/d1/questions/q9"):
                return question
            case ("DELETE", _):
                return #"{"status":"success","data":{"deleted":true}}"#
            case ("POST", "/assessment/d1/generate-questions"):
                return #"{"status":"success","data":{"questions":[]}}"#
            case (_, let other) where other.hasPrefix("/assessment/d2"):
                return assessment("d2")
            default:
                return assessment("d1")
            }
        }
        let response = try #require(HTTPURLResponse(
            url: url, statusCode: 200, httpVersion: "HTTP/1.1", headerFields: ["Content-Type": "application/json"]))
        return (Data(body.utf8), response)
    }
}
