import Foundation
import Testing
@testable import TapformKit
import TaptalentAPI
import TaptalentEmulator
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("doctor")
struct DoctorTests {
    static func run(root: URL, env: String? = nil, url: String? = nil, process: [String: String] = [:],
                    transport: (any HTTPTransport)? = nil) async -> DoctorReport {
        await DoctorUseCase.run(DoctorOptions(
            root: root,
            connection: ConnectionRequest(environment: env, url: url, processEnvironment: process, retry: .none, timeout: .seconds(60)),
            transport: transport))
    }

    @Test("doctor --env local passes every check against the embedded emulator")
    func localAllPass() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let report = await Self.run(root: folder.root, env: "local")
        #expect(report.passed, "\(report.text)")
        #expect(report.checks.allSatisfy { $0.outcome == .passed }, "\(report.text)")
        #expect(!report.text.contains("✗"))
        #expect(report.text.contains("✓ GET /jobs matches the contract"))
        #expect(!report.text.contains(ConnectionResolver.localKey))
    }

    @Test("doctor --url checks every read-only endpoint of a populated emulator, and never prints the key",
          arguments: WireVariant.documentedVariants)
    func populatedAllPass(variant: WireVariant) async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator(variant) { emulator in
            let created = try await SeedingKit.create(emulator.client, name: "Doctor Screen",
                                                      questions: [SeedingKit.question("Why do you want this job?")])
            try await emulator.controls.complete(assessmentId: created.assessmentId,
                                                 EmulatorCompletionBody(email: "ada@example.com", score: 88, cefrLevel: "C1"))
            let report = await Self.run(root: folder.root, url: emulator.url.absoluteString,
                                        process: ["TAPTALENT_API_KEY": emulator.key])
            #expect(report.passed, "\(report.text)")
            for endpoint in ContractEndpoint.reads {
                #expect(report.text.contains("✓ \(endpoint.rawValue) matches the contract"), "\(endpoint.rawValue)")
            }
            #expect(report.text.contains("API key found in $TAPTALENT_API_KEY: a sk_test_… key"))
            #expect(!report.text.contains(emulator.key))
            #expect(!report.text.contains(String(emulator.key.dropFirst(8))))
            let requests = try await emulator.requests()
            #expect(requests.keys.filter { !$0.hasPrefix("GET ") } == ["POST /assessment/audio-interviews"])
        }
    }

    @Test("a wrong key is reported as refused (401), without showing it")
    func wrongKey() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let wrong = "sk_test_" + String(repeating: "Z", count: 22)
        try await SeedingKit.withEmulator { emulator in
            let report = await Self.run(root: folder.root, url: emulator.url.absoluteString, process: ["TAPTALENT_API_KEY": wrong])
            #expect(!report.passed)
            #expect(report.text.contains("✓ \(emulator.url.absoluteString) answers"))
            #expect(report.text.contains("✗ the API key was refused (401"))
            #expect(report.text.contains("check that $TAPTALENT_API_KEY holds"))
            #expect(report.text.contains("- the answers' shape (contract): not checked"))
            #expect(!report.text.contains(wrong) && !report.text.contains("ZZZZZZ"))
        }
    }

    @Test("doctor reads the key as connecting does: white space around it (a pasted newline) is not part of it")
    func keyIsTrimmedLikeConnecting() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let process = ["TAPTALENT_API_KEY": emulator.key + "\n"]
            let report = await Self.run(root: folder.root, url: emulator.url.absoluteString, process: process)
            #expect(report.text.contains("✓ API key found in $TAPTALENT_API_KEY: a sk_test_… key"), "\(report.text)")
            #expect(report.passed, "\(report.text)")
            let connection = try await ConnectionResolver.connect(
                ConnectionRequest(url: emulator.url.absoluteString, processEnvironment: process), config: .default, root: folder.root)
            _ = try await connection.client.allAssessments()
            await connection.close()
        }
    }

    @Test("an unreachable URL is named, with what to do")
    func unreachable() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let reserved = try ReservedPort()
        let closed = URL(string: "http://127.0.0.1:\(reserved.port)/v1/partner")!
        let report = await Self.run(root: folder.root, url: closed.absoluteString,
                                    process: ["TAPTALENT_API_KEY": "sk_live_" + String(repeating: "a", count: 22)])
        #expect(!report.passed)
        let line = try #require(report.checks.first { $0.text.hasPrefix("cannot reach") })
        #expect(line.outcome == .failed)
        #expect(line.text.contains("\(closed.host ?? "?"):\(closed.port ?? 0)"))
        #expect(line.advice?.contains("check the URL") == true)
        #expect(report.text.contains("✓ API key found in $TAPTALENT_API_KEY: a sk_live_… key"))
        withExtendedLifetime(reserved) {}
    }

    @Test("a missing key variable and a malformed key are failures; tapform.yaml problems are listed")
    func keyAndConfigProblems() async throws {
        try await SeedingKit.withEmulator { emulator in
            let config = """
                version: 1
                environments:
                  staging: { url: "\(emulator.url.absoluteString)", apiKeyEnv: STAGING_KEY }
                defaultEnvironment: staging

                """
            let folder = try SeedingKit.Folder(["tapform.yaml": config])
            defer { folder.remove() }
            let missing = await Self.run(root: folder.root)
            #expect(!missing.passed)
            #expect(missing.text.contains("✓ tapform.yaml is valid"))
            #expect(missing.text.contains("✗ API key: $STAGING_KEY is not set (export STAGING_KEY"))
            #expect(missing.text.contains("- the API key: not checked"))

            let malformed = await Self.run(root: folder.root, process: ["STAGING_KEY": "not-a-real-key-value"])
            #expect(malformed.text.contains("does not look like a Taptalent key"))
            #expect(malformed.text.contains("✗ the API key was refused (401"))
            #expect(!malformed.text.contains("not-a-real-key-value"))

            let unknown = await Self.run(root: folder.root, env: "production")
            #expect(unknown.text.contains("✗ environment \"production\" is not defined in tapform.yaml (use one of: local, staging)"))

            try folder.write("tapform.yaml", "environments:\n  prod: {url: 'http://example.com/v1/partner', apiKeyEnv: K}\n")
            let invalid = await Self.run(root: folder.root, env: "local")
            #expect(!invalid.passed)
            #expect(invalid.text.contains("✗ tapform.yaml has 1 error"))
            #expect(invalid.text.contains("    tapform.yaml:2:"))
        }
    }

    @Test("a key read from apiKeyFile passes, and only its kind is shown")
    func keyFile() async throws {
        try await SeedingKit.withEmulator { emulator in
            let folder = try SeedingKit.Folder([
                "tapform.yaml": "environments:\n  dev: {url: \"\(emulator.url.absoluteString)\", apiKeyFile: secrets/key}\n",
                "secrets/key": emulator.key + "\n",
            ])
            defer { folder.remove() }
            let report = await Self.run(root: folder.root, env: "dev")
            #expect(report.passed, "\(report.text)")
            #expect(report.text.contains("✓ API key found in the file secrets/key: a sk_test_… key"))
            #expect(!report.text.contains(emulator.key))
        }
    }

    @Test("answers that differ from the contract are listed field by field")
    func contractMismatches() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let transport = DoctorFakeTransport { path in
            switch path {
            case "/v1/partner/assessment":
                // duration as a string, companyId missing, an unknown status, in both items.
                let item = #"{"assessmentId":"a1","testName":"X","jobId":null,"status":"ARCHIVED","assessmentType":"AUDIO_INTERVIEW","questionCount":0,"hiringForRole":"R","purposeOfInterview":null,"duration":"20","aiLanguage":"english","skills":[],"buckets":[],"createdAt":1,"lastUpdatedOn":1,"createdBy":"u","isEmailVerificationRequired":false,"shouldEvaluateCEFR":false,"assessmentUrl":"https://x","postedBy":{"firstName":null,"lastName":null,"email":null,"clientId":null},"submissionCount":0}"#
                return (200, #"{"status":"success","data":{"assessments":[\#(item),\#(item)],"pagination":{"page":1,"limit":10,"total":2}}}"#)
            case "/v1/partner/jobs":
                return (200, #"{"status":"success","data":{"jobs":[],"totalJobs":0}}"#)
            default:
                return (404, #"{"error":{"code":"NOT_FOUND","type":"not_found_error","message":"nope","details":{}}}"#)
            }
        }
        let report = await Self.run(root: folder.root, url: "https://partner-api.example.com/v1/partner",
                                    process: ["TAPTALENT_API_KEY": "sk_live_" + String(repeating: "b", count: 22),
                                              KeyDestinations.allowedHostsVariable: "partner-api.example.com"],
                                    transport: transport)
        #expect(!report.passed)
        let list = try #require(report.checks.first { $0.text.hasPrefix("GET /assessment differs") })
        #expect(list.text == "GET /assessment differs from the contract in 3 fields")
        #expect(list.details.contains("data.assessments[*].duration: expected integer, got string (2 items)"))
        #expect(list.details.contains("data.assessments[*].companyId: missing (expected id (string or integer)) (2 items)"))
        #expect(list.details.contains { $0.hasPrefix("data.assessments[*].status: unexpected value \"ARCHIVED\"") })
        #expect(report.text.contains("✗ GET /assessment/:assessmentId failed"))
        // Another documented envelope than the one shown for jobs is not a mismatch: every one is read.
        let jobs = try #require(report.checks.first { $0.text.hasPrefix("GET /jobs") })
        #expect(jobs.outcome == .passed && jobs.details.isEmpty)
    }

    @Test("the contract check reads a body directly")
    func checkerDirectly() {
        let ok = ContractProbe.check(Data(#"{"jobs":[],"totalJobs":0}"#.utf8), .jobList)
        #expect(ok.outcome == .passed)
        let bad = ContractProbe.check(Data(#"{"jobs":[{"id":1,"title":2}],"totalJobs":"many"}"#.utf8), .jobList)
        #expect(bad.outcome == .failed)
        #expect(bad.details.contains("totalJobs: expected integer, got string"))
        #expect(bad.details.contains("jobs[*].title: expected string, got integer"))
        #expect(bad.details.contains("jobs[*].city: missing (expected string)"))
    }
}

/// Answers each request with a canned status and body chosen by its path; no network.
struct DoctorFakeTransport: HTTPTransport {
    let answer: @Sendable (String) -> (Int, String)

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let url = try #require(request.url)
        let (status, body) = answer(url.path)
        let response = try #require(HTTPURLResponse(
            url: url, statusCode: status, httpVersion: "HTTP/1.1", headerFields: ["Content-Type": "application/json"]))
        return (Data(body.utf8), response)
    }
}
