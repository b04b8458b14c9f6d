import Foundation
import TaptalentAPI
import Testing

/// `tapform invite --format json`, and a reader of standard output that goes away (`… | head`).
@Suite("tapform invite: JSON reports and closed pipes", .serialized)
struct InviteJSONAndPipeEndToEndTests {
    @Test("dry run, send and --mark-sent each write one schema-valid invite report")
    func inviteReports() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let assessment = try await world.client.createAudioInterview(AssessmentBody(testName: "Json Invites", hiringForRole: "Engineer"))
        try world.writeCSV("people.csv", count: 4, invalid: 1)
        let base = ["invite", "Json Invites", "--csv", "people.csv", "--format", "json"]

        let dry = try TapformBinary.run(base + ["--dry-run"], in: world.root, environment: world.environment(ci: true))
        #expect(dry.status == 1, "an invalid row: \(dry.stderr)")
        let listed = try ReportSchemaFiles.document(dry, kind: "invite")
        #expect(listed["mode"] as? String == "dry-run")
        let due = try #require(listed["wouldInvite"] as? [[String: Any]])
        #expect(due.count == 4)
        #expect(due.allSatisfy { ($0["email"] as? String)?.contains("***") == true }, "masked under CI, as on the terminal")
        #expect(try await world.invitePosts() == 0)

        let sent = try TapformBinary.run(base + ["--yes"], in: world.root, environment: world.environment())
        let report = try ReportSchemaFiles.document(sent, kind: "invite")
        let summary = (report["result"] as? [String: Any])?["summary"] as? [String: Int]
        #expect(summary?["sent"] == 4 && summary?["invalid"] == 1, "\(sent.stdout)")
        #expect(report["success"] as? Bool == false && sent.status == 1)
        #expect(try await world.emails(assessment.assessmentId).count == 4)

        let mark = try TapformBinary.run(["invite", "Json Invites", "--mark-sent", "nobody@example.com", "--format", "json"],
                                         in: world.root, environment: world.environment())
        // Not an unknown invite: refused, as an error report.
        #expect(mark.status == 1)
        try ReportSchemaFiles.document(mark, kind: "error")
    }

    /// Runs tapform with standard output a pipe whose reader reads `keep` bytes and then closes it.
    private func runIntoClosingReader(_ arguments: [String], in directory: URL, environment: [String: String], keep: Int)
        throws -> (status: Int32, reason: Process.TerminationReason, stderr: String)
    {
        let process = try ChildProcess(
            try TapformBinary.executable, arguments, in: directory,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        let errors = PipeDrain(process.standardError!)
        if keep > 0 { _ = try process.standardOutput!.read(upToCount: keep) }
        try process.standardOutput!.close()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, String(decoding: errors.wait(), as: UTF8.self))
    }

    @Test("invite --dry-run | head: the reader leaves, tapform ends normally, no crash")
    func dryRunIntoHead() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        _ = try await world.client.createAudioInterview(AssessmentBody(testName: "Pipe Test", hiringForRole: "Engineer"))
        // Far more than a pipe holds (64 KiB), so the reader is gone while rows are still listed.
        try world.writeCSV("many.csv", count: 5_000)
        let run = try runIntoClosingReader(["invite", "Pipe Test", "--csv", "many.csv", "--dry-run"], in: world.root,
                                           environment: world.environment(), keep: 200)
        #expect(run.reason == .exit, "ended by a signal or a crash: \(run.stderr)")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Broken pipe"), "\(run.stderr)")
    }

    @Test("invite | a reader that left at once: every invite is still sent once and recorded")
    func sendIntoClosedPipe() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let assessment = try await world.client.createAudioInterview(AssessmentBody(testName: "Pipe Send", hiringForRole: "Engineer"))
        try world.writeCSV("people.csv", count: 40)
        let run = try runIntoClosingReader(["invite", "Pipe Send", "--csv", "people.csv", "--yes"], in: world.root,
                                           environment: world.environment(), keep: 0)
        #expect(run.reason == .exit && run.status == 0, "\(run.stderr)")
        let emails = try await world.emails(assessment.assessmentId)
        #expect(emails.count == 40 && emails.values.allSatisfy { $0 == 1 })
        #expect(world.ledger(assessment.assessmentId).filter { $0.outcome == "sent" }.count == 40, "nothing lost from the ledger")
    }
}
