import Foundation
import Testing
import TaptalentAPI

/// `tapform plan` and `apply` as built, against `tapform sandbox serve` in another process, through a
/// named environment in tapform.yaml whose key is in an environment variable: the way CI uses tapform.
@Suite("plan and apply against a served emulator")
struct ServedPlanApplyTests {
    static let keyVariable = "TAPFORM_E2E_KEY"

    /// A temp project with the examples and a tapform.yaml whose default environment is the served emulator.
    private func project(for server: ServedEmulator) throws -> URL {
        try TapformBinary.exampleProject(servedBy: server, keyVariable: Self.keyVariable)
    }

    @Test("apply creates each example once; plan is then clean and reads only")
    func applyThenPlan() async throws {
        let key = "sk_test_e2ePlanApplyKey000000"
        let server = try ServedEmulator(EmulatorOptions(apiKey: key, testControls: true))
        defer { server.stop() }
        let project = try project(for: server)
        defer { try? FileManager.default.removeItem(at: project) }
        let env = [Self.keyVariable: key]

        let apply = try TapformBinary.run(["apply", "--auto-approve"], in: project, environment: env)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
        #expect(!(apply.stdout + apply.stderr).contains(key))

        let controls = server.controls
        let client = try server.standardClient()
        let remote = try await client.allAssessments()
        let files = try FileManager.default.subpathsOfDirectory(atPath: project.appendingPathComponent("assessments").path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(remote.count == files.count)
        #expect(Set(remote.map(\.testName)).count == remote.count, "no duplicate assessments")

        let before = try await controls.counters().requests
        let plan = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project, environment: env)
        #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        let after = try await controls.counters().requests
        let made = after.merging(before) { $0 - $1 }.filter { $0.value > 0 }
        #expect(made.keys.allSatisfy { $0.hasPrefix("GET ") }, "plan only reads: \(made)")
        #expect(made["GET /assessment"] == 1, "one list page")
        #expect(made["GET /assessment/:assessmentId"] == remote.count, "one GET per matched assessment")
    }

    @Test("an edit shows as an update in every format; github writes annotations and the step summary")
    func editShowsInEveryFormat() async throws {
        let key = "sk_test_e2ePlanApplyKey000001"
        let server = try ServedEmulator(EmulatorOptions(apiKey: key))
        defer { server.stop() }
        let project = try project(for: server)
        defer { try? FileManager.default.removeItem(at: project) }
        let env = [Self.keyVariable: key]
        #expect(try TapformBinary.run(["apply", "--auto-approve"], in: project, environment: env).status == 0)

        let file = project.appendingPathComponent("assessments/engineering/backend-engineer-kotlin.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = try #require(text.range(of: #"durationMinutes: \d+"#, options: .regularExpression))
        try text.replacingCharacters(in: edited, with: "durationMinutes: 55").write(to: file, atomically: true, encoding: .utf8)

        let human = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project, environment: env)
        #expect(human.status == 2)
        #expect(human.stdout.contains("1 to update"), "\(human.stdout)")
        #expect(human.stdout.contains("55"))

        let json = try TapformBinary.run(["plan", "--format", "json"], in: project, environment: env)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(document?["schemaVersion"] as? Int == 2 && document?["kind"] as? String == "plan")

        let summary = project.appendingPathComponent("summary.md")
        let github = try TapformBinary.run(
            ["plan", "--format", "github"], in: project,
            environment: env.merging(["GITHUB_STEP_SUMMARY": summary.path]) { $1 })
        #expect(github.status == 0, "\(github.stderr)")
        #expect(github.stdout.contains("file=assessments/engineering/backend-engineer-kotlin.yaml"), "\(github.stdout)")
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.contains("<details>"))

        let drift = try TapformBinary.run(["plan", "--expect-no-changes"], in: project, environment: env)
        #expect(drift.status == 1)
    }

    @Test("a missing key variable is a clear error that never reaches the server")
    func missingKey() throws {
        let server = try ServedEmulator(EmulatorOptions(apiKey: "sk_test_e2ePlanApplyKey000002"))
        defer { server.stop() }
        let project = try project(for: server)
        defer { try? FileManager.default.removeItem(at: project) }
        let plan = try TapformBinary.run(["plan"], in: project, environment: [Self.keyVariable: ""])
        #expect(plan.status == 1)
        #expect(plan.stderr.contains(Self.keyVariable), "\(plan.stderr)")
    }
}
