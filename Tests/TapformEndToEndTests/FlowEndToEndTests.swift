import Foundation
import TaptalentAPI
import Testing

/// Flows through the built binary against `tapform sandbox serve` in another process: apply from files,
/// `invite --flow` killed with SIGKILL and re-run, `results --flow`.
@Suite("tapform flows end to end", .serialized)
struct FlowEndToEndTests {
    static let assessmentFiles = [
        "assessments/quiz.yaml": """
            name: Flow Quiz
            role: Engineer
            questions:
              - text: Tell me about a production incident you owned end to end.

            """,
        "assessments/interview.yaml": """
            name: Flow Interview
            role: Engineer
            questions:
              - text: How do you decide what to test first in a new codebase?

            """,
        "flows/hiring.yaml": """
            name: Flow Hiring
            steps:
              - assessment: Flow Quiz
                passThreshold: 60
              - assessment: Flow Interview
                passThreshold: 75

            """,
    ]

    static func write(_ files: [String: String], in root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    @Test("apply creates two assessments and the flow; invite --flow killed with SIGKILL, then re-run: one email each")
    func applyThenInviteCrash() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        try Self.write(Self.assessmentFiles, in: world.root)
        let applied = try TapformProcess(["apply", "--auto-approve"], in: world.root, environment: world.environment()).finish()
        #expect(applied.status == 0, "\(applied.stdout)\n\(applied.stderr)")
        #expect(applied.stdout.contains("+ created flow \"Flow Hiring\""), "\(applied.stdout)")
        let planned = try TapformProcess(["plan", "--detailed-exitcode"], in: world.root, environment: world.environment()).finish()
        #expect(planned.status == 0, "the next plan is clean: \(planned.stdout)")
        let flow = try #require(try await world.client.allFlows().first)
        #expect(flow.steps.count == 2)
        let id = flow.id.value

        try await world.controls.setFaults(EmulatorFaults(latencyMs: 40))
        let valid = 200
        try world.writeCSV("batch.csv", count: valid, invalid: 1)
        let arguments = ["invite", "--flow", "Flow Hiring", "--csv", "batch.csv", "--yes", "--parallelism", "2", "--fixed-parallelism"]
        let first = try TapformProcess(arguments, in: world.root, environment: world.environment())
        while world.ledger("flow-\(id)").filter({ $0.outcome == "sent" }).count < 40 {
            try #require(first.process.isRunning, "the first run ended before it could be killed")
            try await Task.sleep(for: .milliseconds(10))
        }
        first.kill()
        let killed = first.finish()
        #expect(first.process.terminationReason == .uncaughtSignal)
        let afterKill = try await world.emails("flow \(id)")
        #expect(afterKill.count < valid, "the run was killed before the end")
        #expect(afterKill.values.allSatisfy { $0 == 1 })

        try await world.controls.setFaults(EmulatorFaults())
        let second = try TapformProcess(arguments, in: world.root, environment: world.environment()).finish()
        #expect(second.status == 1, "the invalid row makes the status 1: \(second.stdout)")
        #expect(second.stdout.contains("flow \"Flow Hiring\" (\(id))"), "\(second.stdout)")
        #expect(second.stdout.contains("skipped (in ledger)"))
        var emails = try await world.emails("flow \(id)")
        #expect(emails.values.allSatisfy { $0 == 1 }, "no address got two emails")
        let assignPosts = try await world.controls.counters().requests["POST /" + WirePath.flowAssign(":flowId")] ?? 0
        #expect(assignPosts == emails.count, "tapform never repeated an assignment")

        // Those in flight when the process died are `pending`: not re-sent; --resend-unknown settles them.
        let settled = try TapformProcess(arguments + ["--resend-unknown", "--trust-deduplication"],
                                         in: world.root, environment: world.environment()).finish()
        #expect(settled.status == 1, "the invalid row remains: \(settled.stdout)")
        emails = try await world.emails("flow \(id)")
        #expect(emails.count == valid)
        #expect(emails.values.allSatisfy { $0 == 1 })
        #expect(try await world.invitePosts() == 0, "no assessment invite was sent: the flow sends its own")
        #expect(!killed.stdout.contains(world.key) && !killed.stderr.contains(world.key))
        #expect(!second.stdout.contains(world.key) && !second.stderr.contains(world.key))

        // results --flow: every candidate NOT_STARTED; one who passed the quiz is IN_PROGRESS.
        let quiz = try #require(flow.steps.first?.assessmentId.value)
        _ = try await world.controls.complete(
            assessmentId: quiz, EmulatorCompletionBody(email: "cand7@example.com", firstName: nil, lastName: nil, score: 80, cefrLevel: nil))
        let results = try TapformProcess(["results", "--flow", "Flow Hiring", "--format", "csv", "--status", "IN_PROGRESS"],
                                         in: world.root, environment: world.environment()).finish()
        #expect(results.status == 0, "\(results.stderr)")
        let lines = results.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first == "email,firstName,lastName,status,step,assignedAt")
        #expect(lines.count == 2 && lines[1].hasPrefix("cand7@example.com,First7,Last7,IN_PROGRESS,2,"), "\(results.stdout)")
        let all = try TapformProcess(["results", "--flow", "Flow Hiring", "--format", "json"],
                                     in: world.root, environment: world.environment()).finish()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(document["kind"] as? String == "flow-results")
        let rows = try #require(document["candidates"] as? [[String: Any]])
        #expect(rows.count == valid)
        let advanced = try #require(rows.first { $0["email"] as? String == "cand7@example.com" })
        let step = try #require(advanced["step"] as? [String: Any], "the step is an object, not a display string")
        #expect(step["position"] as? Int == 2)
        #expect((step["assessment"] as? [String: Any])?["name"] as? String == "Flow Interview")
    }

    @Test("import --all into an empty repository writes the assessments and the flow; the next plan is clean")
    func importRoundTrip() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        try Self.write(Self.assessmentFiles, in: world.root)
        let applied = try TapformProcess(["apply", "--auto-approve"], in: world.root, environment: world.environment()).finish()
        #expect(applied.status == 0, "\(applied.stdout)\n\(applied.stderr)")
        for folder in ["assessments", "flows"] {
            try FileManager.default.removeItem(at: world.root.appendingPathComponent(folder))
        }

        let imported = try TapformProcess(["import", "--all", "--format", "json"], in: world.root, environment: world.environment()).finish()
        #expect(imported.status == 0, "\(imported.stdout)\n\(imported.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        let flows = try #require((report["flows"] as? [String: Any])?["written"] as? [[String: Any]])
        #expect(flows.map { $0["file"] as? String } == ["flows/flow-hiring.yaml"])
        #expect((report["written"] as? [[String: Any]])?.count == 2)
        #expect(imported.stderr.contains("wrote flows/flow-hiring.yaml: flow \"Flow Hiring\", 2 steps"), "\(imported.stderr)")
        let text = try String(contentsOf: world.root.appendingPathComponent("flows/flow-hiring.yaml"), encoding: .utf8)
        #expect(text.contains("  - assessment: Flow Quiz\n    passThreshold: 60\n"), "\(text)")

        let planned = try TapformProcess(["plan", "--detailed-exitcode"], in: world.root, environment: world.environment()).finish()
        #expect(planned.status == 0, "the imported files plan clean: \(planned.stdout)\n\(planned.stderr)")
        #expect(!imported.stdout.contains(world.key) && !imported.stderr.contains(world.key))
    }
}
