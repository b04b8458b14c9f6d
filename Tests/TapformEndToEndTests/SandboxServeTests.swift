import Foundation
import Testing
import TaptalentAPI

/// `tapform sandbox serve` as a separate process, driven over HTTP like any script would.
@Suite("tapform sandbox serve")
struct SandboxServeTests {
    @Test("first line names the real port; the API answers with the key; the key is never logged")
    func servesOnOSChosenPort() async throws {
        let key = "sk_test_e2eServeKey0000000000"
        let server = try ServedEmulator(EmulatorOptions(apiKey: key, testControls: true))
        defer { server.stop() }

        #expect(server.firstLine.hasPrefix("listening on http://127.0.0.1:"))
        #expect(server.firstLine.hasSuffix("/v1/partner"))
        #expect(server.baseURL.port != 8787 && server.baseURL.port != 0)

        let client = try server.standardClient()
        let jobs = try await client.allJobs()
        #expect(!jobs.isEmpty, "a new store has demo jobs")
        let created = try await client.createAudioInterview(AssessmentBody(
            testName: "Served Assessment", hiringForRole: "Engineer"))
        #expect(try await client.assessment(id: created.assessmentId).testName == "Served Assessment")

        let wrong = try TaptalentClient(baseURL: server.baseURL, apiKey: APIKey("sk_test_wrongwrongwrongwrong00"))
        await #expect(throws: TaptalentError.self) { _ = try await wrong.allAssessments() }

        let output = server.stopAndCollect()
        #expect(output.contains("GET /v1/partner/jobs") || output.contains("GET /jobs"), "request log: \(output)")
        #expect(!output.contains(key))
    }

    @Test("with a data folder, state survives a restart")
    func durableAcrossRestart() async throws {
        let data = TemporaryFolder.unusedURL("serve")
        defer { try? FileManager.default.removeItem(at: data) }
        let key = "sk_test_e2eServeKey0000000001"

        let first = try ServedEmulator(EmulatorOptions(dataDirectory: data.path, apiKey: key))
        let client = try first.standardClient()
        let created = try await client.createAudioInterview(AssessmentBody(testName: "Durable One", hiringForRole: "Engineer"))
        first.kill()

        let second = try ServedEmulator(EmulatorOptions(dataDirectory: data.path, apiKey: key))
        defer { second.stop() }
        let again = try second.standardClient()
        #expect(try await again.assessment(id: created.assessmentId).testName == "Durable One")
    }
}
