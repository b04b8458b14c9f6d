import Foundation
import TaptalentAPI
import Testing

/// SIGINT and SIGTERM sent to the built binary while `invite` and `apply` have requests in flight against
/// `tapform sandbox serve` in another process.
@Suite("signals end to end", .serialized)
struct SignalEndToEndTests {
    static let valid = 300

    /// Polls `condition` (a file or a counter that the child changes) until it holds; fails if the child ends first.
    static func waitFor(_ process: TapformProcess, _ what: String, _ condition: () async throws -> Bool) async throws {
        while try await !condition() {
            try #require(process.process.isRunning, "the run ended before \(what)")
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    @Test("SIGINT or SIGTERM during invite: no new invite, those in flight recorded, summary, 130 or 143; a re-run emails each address once",
          arguments: [SIGINT, SIGTERM])
    func inviteStopsGracefully(signal: Int32) async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let id = try await world.client.createAudioInterview(AssessmentBody(testName: "Signal Test", hiringForRole: "Engineer")).assessmentId
        try await world.controls.setFaults(EmulatorFaults(latencyMs: 25))
        try world.writeCSV("batch.csv", count: Self.valid)
        let arguments = ["invite", "Signal Test", "--csv", "batch.csv", "--yes", "--parallelism", "4"]

        let run = try TapformProcess(arguments, in: world.root, environment: world.environment())
        try await Self.waitFor(run, "40 invites were sent") { world.ledger(id).filter { $0.outcome == "sent" }.count >= 40 }
        kill(run.process.processIdentifier, signal)
        let stopped = run.finish()

        let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
        #expect(stopped.status == 128 + signal, "\(stopped.stdout)\(stopped.stderr)")
        #expect(run.process.terminationReason == .exit)
        #expect(stopped.stderr.contains("\(name) received: stopping."))
        #expect(stopped.stdout.contains("interrupted by \(name)"))
        let unknownLine = stopped.stdout.split(separator: "\n").first { $0.hasPrefix("unknown outcome ") }
        #expect(unknownLine?.hasSuffix(" 0") == true, "every invite in flight finished: \(stopped.stdout)")
        #expect(stopped.stdout.contains("were not attempted; run again to send them."))
        var latest: [String: String] = [:]
        for entry in world.ledger(id) { latest[entry.email] = entry.outcome }
        #expect(latest.values.allSatisfy { $0 == "sent" }, "nothing left pending")
        let emails = try await world.emails(id)
        #expect(emails.count == latest.count)
        #expect(emails.count < Self.valid, "stopped before the end")
        #expect(try await world.invitePosts() == emails.count, "no invite started after the signal")

        try await world.controls.setFaults(EmulatorFaults())
        let rerun = try TapformProcess(arguments, in: world.root, environment: world.environment()).finish()
        #expect(rerun.status == 0, "\(rerun.stdout)\(rerun.stderr)")
        let after = try await world.emails(id)
        #expect(after.count == Self.valid)
        #expect(after.values.allSatisfy { $0 == 1 })
        #expect(try await world.invitePosts() == Self.valid)
        #expect(!(stopped.stdout + stopped.stderr + rerun.stdout + rerun.stderr).contains(world.key))
    }

    @Test("SIGINT during doctor --write: no new step starts, the throwaway assessment is set inactive, 130")
    func doctorWriteStops() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        try await world.controls.setFaults(EmulatorFaults(latencyMs: 150))
        let run = try TapformProcess(["doctor", "--write"], in: world.root, environment: world.environment())
        let throwaways = { try await world.client.allAssessments().filter { $0.testName.hasPrefix("tapform-doctor-") } }
        try await Self.waitFor(run, "the throwaway assessment was created") { try await !throwaways().isEmpty }
        kill(run.process.processIdentifier, SIGINT)
        let stopped = run.finish()
        #expect(stopped.status == 130, "\(stopped.stdout)\(stopped.stderr)")
        #expect(stopped.stderr.contains("SIGINT received: stopping."))
        #expect(stopped.stdout.contains("not checked (SIGINT received)"), "\(stopped.stdout)")
        #expect(stopped.stdout.contains("✓ created and set inactive: tapform-doctor-"), "\(stopped.stdout)")
        try await world.controls.setFaults(EmulatorFaults())
        let left = try await throwaways()
        #expect(left.count == 1, "stopped before auto-generate")
        #expect(left.allSatisfy { $0.status == WireStatus.inactive })
        #expect(!(stopped.stdout + stopped.stderr).contains(world.key))
    }

    @Test("a second SIGINT stops invite at once (130); invites cut off stay pending; --resend-unknown settles them, one email each")
    func secondSignalThenResend() async throws {
        let world = try InviteE2EWorld()
        defer { world.close() }
        let id = try await world.client.createAudioInterview(AssessmentBody(testName: "Double Signal", hiringForRole: "Engineer")).assessmentId
        try await world.controls.setFaults(EmulatorFaults(latencyMs: 400))
        try world.writeCSV("batch.csv", count: 40)
        let arguments = ["invite", "Double Signal", "--csv", "batch.csv", "--yes", "--parallelism", "4"]

        let run = try TapformProcess(arguments, in: world.root, environment: world.environment())
        // Evidence that invites are in flight: a pending entry after the first answers.
        try await Self.waitFor(run, "invites were in flight") {
            let entries = world.ledger(id)
            return entries.contains { $0.outcome == "sent" } && entries.last?.outcome == "pending"
        }
        kill(run.process.processIdentifier, SIGINT)
        // Two signals sent before the first is handled are one to the kernel: wait until it is handled.
        try await Self.waitFor(run, "the first SIGINT was handled") { run.stderrSoFar.contains("SIGINT received: stopping.") }
        kill(run.process.processIdentifier, SIGINT)
        let stopped = run.finish()
        #expect(stopped.status == 130, "\(stopped.stdout)\(stopped.stderr)")
        #expect(stopped.stderr.contains("SIGINT received again: stopping at once."))
        var latest: [String: String] = [:]
        for entry in world.ledger(id) { latest[entry.email] = entry.outcome }
        #expect(latest.values.contains("pending"), "the invites in flight were cut off: \(latest)")

        try await world.controls.setFaults(EmulatorFaults())
        let held = try TapformProcess(arguments, in: world.root, environment: world.environment()).finish()
        #expect(held.status == 1, "unknown outcomes need attention")
        #expect(held.stdout.contains("--resend-unknown settles them"))

        let refused = try TapformProcess(arguments + ["--resend-unknown"], in: world.root, environment: world.environment()).finish()
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("tapform doctor --write --env e2e"))

        let doctor = try TapformProcess(["doctor", "--write"], in: world.root, environment: world.environment()).finish()
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        #expect(doctor.stdout.contains("✓ a repeated invite is de-duplicated: the second answer says alreadyInvited, 1 email sent"))

        let settled = try TapformProcess(arguments + ["--resend-unknown"], in: world.root, environment: world.environment()).finish()
        #expect(settled.status == 0, "\(settled.stdout)\(settled.stderr)")
        #expect(settled.stdout.contains("with an unknown outcome: "))
        let emails = try await world.emails(id)
        #expect(emails.count == 40)
        #expect(emails.values.allSatisfy { $0 == 1 }, "no candidate was emailed twice")
        latest = [:]
        for entry in world.ledger(id) { latest[entry.email] = entry.outcome }
        #expect(latest.count == 40)
        #expect(latest.values.allSatisfy { $0 == "sent" || $0 == "alreadyInvited" })
    }

    @Test("SIGINT during apply: the steps running finish, the report says what is done and not started, 130; a re-run converges")
    func applyStopsGracefully() async throws {
        let key = "sk_test_e2eSignalApplyKey0000"
        let server = try ServedEmulator(EmulatorOptions(apiKey: key, testControls: true))
        defer { server.stop() }
        let project = try TapformBinary.exampleProject(servedBy: server, keyVariable: "TAPFORM_E2E_KEY")
        defer { try? FileManager.default.removeItem(at: project) }
        let env = ["TAPFORM_E2E_KEY": key]
        let controls = server.controls
        try await controls.setFaults(EmulatorFaults(latencyMs: 400))

        let run = try TapformProcess(["apply", "--auto-approve", "--parallelism", "1"], in: project, environment: env)
        try await Self.waitFor(run, "an assessment was created") { try await controls.counters().assessmentsCreated >= 1 }
        kill(run.process.processIdentifier, SIGINT)
        let stopped = run.finish()
        #expect(stopped.status == 130, "\(stopped.stdout)\(stopped.stderr)")
        #expect(stopped.stdout.contains("Apply interrupted: "))
        #expect(stopped.stdout.contains("not started (interrupted)"))
        let created = try await controls.counters().assessmentsCreated

        try await controls.setFaults(EmulatorFaults())
        let rerun = try TapformBinary.run(["apply", "--auto-approve"], in: project, environment: env)
        #expect(rerun.status == 0, "\(rerun.stdout)\(rerun.stderr)")
        let plan = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project, environment: env)
        #expect(plan.status == 0, "a clean plan after the re-run: \(plan.stdout)")
        let client = try server.standardClient()
        let remote = try await client.allAssessments()
        let files = try FileManager.default.subpathsOfDirectory(atPath: project.appendingPathComponent("assessments").path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(remote.count == files.count)
        #expect(Set(remote.map(\.testName)).count == remote.count, "no duplicate assessments")
        #expect(created < files.count, "the first run stopped before the end")
    }
}
