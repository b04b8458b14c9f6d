import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI
import Testing

@Suite("invite: sending, the ledger and re-runs")
struct InviteUseCaseTests {
    @Test("every valid row is invited once; the ledger records pending then sent for each")
    func sendsEachRowOnce() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(40)
            let progress = InviteProgressLog()
            let report = try await fixture.useCase.run(
                target: fixture.target, options: InviteOptions(csv: csv, parallelism: 4), root: fixture.root,
                progress: { progress.record($0) })

            #expect(report.summary == InviteSummary(sent: 40))
            #expect(!report.needsAttention)
            let emails = try await fixture.emails()
            #expect(emails.count == 40)
            #expect(emails.values.allSatisfy { $0 == 1 })
            #expect(try await fixture.invitePosts() == 40)

            let entries = try fixture.ledgerEntries()
            #expect(entries.count == 80)
            for n in 1...40 {
                let mine = entries.filter { $0.email == "person\(n)@example.com" }.map(\.outcome)
                #expect(mine == [.pending, .sent], "person\(n)")
            }
            #expect(progress.all.count == 40)
            #expect(progress.all.map(\.done).max() == 40)
            #expect(progress.all.allSatisfy { $0.total == 40 })
        }
    }

    @Test("a re-run skips every address the ledger holds and sends nothing")
    func rerunSkipsLedger() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(12)
            _ = try await fixture.run(InviteOptions(csv: csv))
            let again = try await fixture.run(InviteOptions(csv: csv))
            #expect(again.summary == InviteSummary(skippedByLedger: 12))
            #expect(!again.needsAttention)
            #expect(try await fixture.invitePosts() == 12)
        }
    }

    @Test("a file grown since the last run: only the new rows are sent")
    func rerunSendsOnlyNewRows() async throws {
        try await InviteFixture.with { fixture in
            _ = try await fixture.run(InviteOptions(csv: try fixture.candidates(5)))
            let report = try await fixture.run(InviteOptions(csv: try fixture.candidates(9)))
            #expect(report.summary.sent == 4)
            #expect(report.summary.skippedByLedger == 5)
            #expect(try await fixture.emails().values.allSatisfy { $0 == 1 })
            #expect(try await fixture.invitePosts() == 9)
        }
    }

    @Test("an address already invited by someone else is reported as already invited")
    func alreadyInvitedRemotely() async throws {
        try await InviteFixture.with { fixture in
            _ = try await fixture.client.invite(assessmentId: fixture.target.id, InviteBody(email: "person2@example.com"))
            let report = try await fixture.run(InviteOptions(csv: try fixture.candidates(3)))
            #expect(report.summary == InviteSummary(sent: 2, alreadyInvited: 1))
            #expect(try fixture.ledgerLatest()["person2@example.com"] == .alreadyInvited)
        }
    }

    @Test("a ledger that records a refused invite lets the next run send it")
    func failedInLedgerIsRetried() async throws {
        try await InviteFixture.with { fixture in
            let ledger = try InviteLedger(url: fixture.ledgerURL)
            try await ledger.record(email: "person1@example.com", outcome: .pending, line: 2)
            try await ledger.record(email: "person1@example.com", outcome: .failed, line: 2)
            try await ledger.record(email: "person2@example.com", outcome: .pending, line: 3)
            try await ledger.record(email: "Person3@Example.com", outcome: .sent, line: 4)
            await ledger.close()

            let report = try await fixture.run(InviteOptions(csv: try fixture.candidates(4)))
            #expect(report.summary.sent == 2, "person1 (failed before) and person4")
            #expect(report.summary.skippedByLedger == 1, "person3, matched ignoring case")
            #expect(report.summary.unknown == 1, "person2 was left pending by a run that died")
            #expect(report.unknown.map(\.line) == [3])
            #expect(report.needsAttention)
            #expect(Set(try await fixture.emails().keys) == ["person1@example.com", "person4@example.com"])
        }
    }

    @Test("--ledger moves the ledger")
    func ledgerOption() async throws {
        try await InviteFixture.with { fixture in
            let custom = fixture.root.appendingPathComponent("elsewhere/my-ledger.jsonl")
            _ = try await fixture.run(InviteOptions(csv: try fixture.candidates(3), ledger: custom))
            #expect(!FileManager.default.fileExists(atPath: fixture.ledgerURL.path))
            let lines = try String(contentsOf: custom, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 6)
        }
    }

    @Test("a second run while the ledger is open is refused before it sends")
    func ledgerLocked() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(3)
            let first = try await fixture.useCase.prepare(target: fixture.target, options: InviteOptions(csv: csv), root: fixture.root)
            await #expect(throws: LedgerError.self) {
                _ = try await fixture.useCase.prepare(target: fixture.target, options: InviteOptions(csv: csv), root: fixture.root)
            }
            await first.close()
            #expect(try await fixture.invitePosts() == 0)
        }
    }

    @Test("a refused key stops the run after the first invite; the rest are counted as not attempted")
    func refusedKeyStops() async throws {
        try await InviteFixture.with { fixture in
            let wrong = try TaptalentClient(configuration: TaptalentConfiguration(
                baseURL: fixture.emulator.baseURL, apiKey: APIKey("sk_test_wrongwrongwrongwrong00"),
                retry: TestEmulator.fastRetry))
            let useCase = InviteUseCase(client: wrong, environmentName: "test")
            let failedOut = fixture.root.appendingPathComponent("failed.csv")
            let report = try await useCase.run(
                target: fixture.target, options: InviteOptions(csv: try fixture.candidates(10), parallelism: 1, failedOut: failedOut),
                root: fixture.root)
            let reason = try #require(report.stopReason)
            #expect(reason.contains("API key was refused"))
            #expect(!reason.contains("sk_test_wrong"))
            #expect(report.summary.failed == 1)
            #expect(report.notAttempted == 9)
            #expect(report.needsAttention)
            #expect(try fixture.ledgerLatest() == ["person1@example.com": .failed])
            #expect(try inviteReadCSV(failedOut).count == 2)
            #expect(try await fixture.emails().isEmpty)
        }
    }
}
