import Foundation
import TaptalentAPI
import Testing

/// `tapform invite` and `tapform results` as built binaries against `tapform sandbox serve` in another
/// process, reached through a tapform.yaml environment and a key in an environment variable.
@Suite("tapform invite end to end", .serialized)
struct InviteEndToEndTests {
    @Test("killed mid-run with SIGKILL, then re-run: every address gets exactly one email, none twice")
    func crashAndRerun() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let assessment = try await world.client.createAudioInterview(AssessmentBody(testName: "Crash Test", hiringForRole: "Engineer"))
        let id = assessment.assessmentId
        try await world.controls.setFaults(EmulatorFaults(latencyMs: 40))
        let valid = 300
        try world.writeCSV("batch.csv", count: valid, invalid: 2)
        let arguments = ["invite", "Crash Test", "--csv", "batch.csv", "--yes", "--parallelism", "2", "--fixed-parallelism"]

        let first = try TapformProcess(arguments, in: world.root, environment: world.environment())
        while world.ledger(id).filter({ $0.outcome == "sent" }).count < 60 {
            try #require(first.process.isRunning, "the first run ended before it could be killed")
            try await Task.sleep(for: .milliseconds(10))
        }
        first.kill()
        let killed = first.finish()
        #expect(first.process.terminationReason == .uncaughtSignal)
        let afterKill = try await world.emails(id)
        #expect(afterKill.count < valid, "the run was killed before the end")
        #expect(afterKill.values.allSatisfy { $0 == 1 })

        try await world.controls.setFaults(EmulatorFaults())
        let second = try TapformProcess(arguments, in: world.root, environment: world.environment()).finish()
        #expect(second.status == 1, "two invalid rows make the status 1: \(second.stdout)")
        #expect(second.stdout.contains("skipped (in ledger)"))

        var emails = try await world.emails(id)
        #expect(emails.values.allSatisfy { $0 == 1 }, "no address got two emails")
        #expect(try await world.invitePosts() == emails.count, "tapform never repeated an invite request")

        // Invites in flight when the process died are `pending` in the ledger: not re-sent, reported.
        // --resend-unknown settles them without touching the ledger by hand: those that had reached the
        // server are answered "already invited", the others are sent now.
        let everyAddress = Set((1...valid).map { "cand\($0)@example.com" })
        let missing = everyAddress.subtracting(emails.keys)
        var latest: [String: String] = [:]
        for entry in world.ledger(id) { latest[entry.email] = entry.outcome }
        #expect(missing.allSatisfy { latest[$0] == "pending" }, "only invites cut off by the kill can be missing")
        let settled = try TapformProcess(arguments + ["--resend-unknown", "--trust-deduplication"],
                                         in: world.root, environment: world.environment()).finish()
        #expect(settled.status == 1, "the two invalid rows remain: \(settled.stdout)")
        #expect(settled.stdout.split(separator: "\n").contains { $0.hasPrefix("unknown outcome ") && $0.hasSuffix(" 0") })
        emails = try await world.emails(id)
        #expect(emails.count == valid)
        #expect(emails.values.allSatisfy { $0 == 1 })
        #expect(emails.values.reduce(0, +) == valid)
        #expect(!killed.stdout.contains(world.key) && !killed.stderr.contains(world.key))
        #expect(!second.stdout.contains(world.key) && !second.stderr.contains(world.key))
    }

    @Test("1,000 rows in CI: each address emailed once, progress in plain lines, emails masked, bad rows in --failed-out")
    func thousandRows() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let assessment = try await world.client.createAudioInterview(AssessmentBody(testName: "Bulk Invite", hiringForRole: "Engineer"))
        let url = try world.writeCSV("people.csv", count: 1000, invalid: 3)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("CAND7@Example.com,Dup,Row\n".utf8))
        try handle.close()

        let run = try TapformProcess(
            ["invite", "Bulk Invite", "--csv", "people.csv", "--yes", "--failed-out", "failed.csv"],
            in: world.root, environment: world.environment(ci: true)).finish()
        #expect(run.status == 1, "invalid rows make the status 1")
        let emails = try await world.emails(assessment.assessmentId)
        #expect(emails.count == 1000)
        #expect(emails.values.allSatisfy { $0 == 1 })
        #expect(try await world.invitePosts() == 1000)

        let all = run.stdout + run.stderr
        #expect(!all.contains("cand7@example.com") && !all.contains("CAND7@Example.com"), "emails are masked under CI")
        #expect(run.stdout.contains("C***@Example.com already on line 8"))
        #expect(run.stdout.contains("people.csv:1002: email has no @"))
        let progress = run.stderr.split(separator: "\n").filter { $0.hasPrefix("invites: ") }
        #expect((1...10).contains(progress.count), "one line per 10%: \(progress)")
        #expect(progress.last?.contains("1000/1000 (100%)") == true)
        #expect(!all.contains(world.key))
        #expect(run.stdout.contains("3 rows written to --failed-out"))
        #expect(!run.stdout.contains("can be written with --failed-out"), "no hint to use an option that was used")

        let failed = try String(contentsOf: world.root.appendingPathComponent("failed.csv"), encoding: .utf8)
        let lines = failed.split(separator: "\r\n")
        #expect(lines.first == "Email,First Name,Last Name,reason")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("broken0.example.com,No,At,line 1002: email has no @"))
    }

    @Test("refusals send nothing: more than 5 without --yes, an unknown name, an inactive assessment; --dry-run sends nothing")
    func refusals() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        _ = try await world.client.createAudioInterview(AssessmentBody(testName: "Open Role", hiringForRole: "Engineer"))
        _ = try await world.client.createAudioInterview(AssessmentBody(testName: "Closed Role", status: WireStatus.inactive, hiringForRole: "Engineer"))
        try world.writeCSV("batch.csv", count: 8)
        let env = world.environment()

        let noYes = try TapformBinary.run(["invite", "Open Role", "--csv", "batch.csv"], in: world.root, environment: env)
        #expect(noYes.status == 1)
        #expect(noYes.stderr.contains("--yes"))

        let unknown = try TapformBinary.run(["invite", "No Such Role", "--csv", "batch.csv", "--yes"], in: world.root, environment: env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no assessment named \"No Such Role\""))

        let inactive = try TapformBinary.run(["invite", "Closed Role", "--csv", "batch.csv", "--yes"], in: world.root, environment: env)
        #expect(inactive.status == 1)
        #expect(inactive.stderr.contains("INACTIVE"))

        let dry = try TapformBinary.run(["invite", "Open Role", "--csv", "batch.csv", "--dry-run"], in: world.root, environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would invite cand8@example.com (line 9)"))
        #expect(dry.stdout.contains("8 invites would be sent; nothing was sent"))

        #expect(try await world.invitePosts() == 0)
        for output in [noYes, unknown, inactive, dry] {
            #expect(!(output.stdout + output.stderr).contains(world.key))
        }
    }

    @Test("results: all completions exported to --out as CSV, and as JSON on standard output")
    func results() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let assessment = try await world.client.createAudioInterview(AssessmentBody(testName: "Scored", hiringForRole: "Engineer"))
        for n in 1...120 {
            try await world.controls.complete(assessmentId: assessment.assessmentId, EmulatorCompletionBody(
                email: "s\(n)@example.com", firstName: n == 1 ? "=cmd|' /C calc'!A0" : "S\(n)", score: Double(n % 100), cefrLevel: "B1"))
        }
        let csv = try TapformBinary.run(["results", "Scored", "--out", "out/results.csv"], in: world.root, environment: world.environment())
        #expect(csv.status == 1, "the out/ folder does not exist: a clear error")
        #expect(csv.stderr.contains("out/results.csv") || csv.stderr.contains("results.csv"))

        let written = try TapformBinary.run(["results", "Scored", "--out", "results.csv"], in: world.root, environment: world.environment())
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: world.root.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(text.split(separator: "\r\n").count == 121)
        #expect(text.contains("'=cmd|' /C calc'!A0"))

        let json = try TapformBinary.run(["results", "--id", assessment.assessmentId, "--format", "json"], in: world.root, environment: world.environment())
        #expect(json.status == 0, "\(json.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 120)
        #expect(!(written.stderr + json.stdout + json.stderr).contains(world.key))
    }
}
