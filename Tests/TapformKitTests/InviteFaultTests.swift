import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI
import Testing

@Suite("invite: rate limits, server errors and dropped connections")
struct InviteFaultTests {
    @Test("429 answers are retried after Retry-After; no address gets two emails; what still failed is reported and retried later")
    func rateLimited() async throws {
        try await InviteFixture.with { fixture in
            try await fixture.emulator.controls.setFaults(EmulatorFaults(error429: 0.3, retryAfterSeconds: 0.001, seed: 7))
            let csv = try fixture.candidates(60)
            let failedOut = fixture.root.appendingPathComponent("failed.csv")
            let report = try await fixture.run(InviteOptions(csv: csv, failedOut: failedOut))

            let emails = try await fixture.emails()
            #expect(emails.values.allSatisfy { $0 == 1 })
            #expect(report.summary.sent + report.summary.failed == 60)
            #expect(report.summary.unknown == 0, "a 429 proves nothing was sent")
            #expect(emails.count == report.summary.sent)
            #expect(try await fixture.invitePosts() > 60, "some requests were answered 429 and retried")
            #expect(try inviteReadCSV(failedOut).count == 1 + report.summary.failed)
            #expect(report.failed.allSatisfy { $0.reason.contains("rate limited") })

            try await fixture.emulator.controls.setFaults(EmulatorFaults())
            let retry = try await fixture.run(InviteOptions(csv: csv))
            #expect(retry.summary.sent == report.summary.failed)
            let after = try await fixture.emails()
            #expect(after.count == 60)
            #expect(after.values.allSatisfy { $0 == 1 })
        }
    }

    @Test("a 500 leaves the outcome unknown: recorded, reported, never re-sent, until the ledger lines are removed")
    func serverErrors() async throws {
        try await InviteFixture.with { fixture in
            try await fixture.emulator.controls.setFaults(EmulatorFaults(error500: 0.25, seed: 11))
            let csv = try fixture.candidates(40)
            let report = try await fixture.run(InviteOptions(csv: csv))
            try await fixture.emulator.controls.setFaults(EmulatorFaults())

            let unknown = report.summary.unknown
            #expect(unknown > 0)
            #expect(report.summary.sent + unknown == 40)
            #expect(report.needsAttention)
            #expect(report.unknown.allSatisfy { $0.reason.contains("500") })
            let text = InviteText(masker: EmailMasker(isEnabled: false)).report(report)
            #expect(text.contains("unknown outcome, check in Taptalent"))
            #expect(text.contains("line \(report.unknown[0].line): person"))
            #expect(text.contains(fixture.ledgerURL.path), "the report says which file to edit")
            let masked = InviteText(masker: EmailMasker(environment: ["CI": "true"])).report(report)
            #expect(masked.contains("p***@example.com"))
            #expect(!masked.contains("person"), "no address in clear under CI")
            let emails = try await fixture.emails()
            #expect(emails.values.allSatisfy { $0 == 1 })
            #expect(emails.count == report.summary.sent)
            let latest = try fixture.ledgerLatest()
            #expect(latest.values.filter { $0 == .unknown }.count == unknown)

            let posts = try await fixture.invitePosts()
            let again = try await fixture.run(InviteOptions(csv: csv))
            #expect(try await fixture.invitePosts() == posts, "nothing is re-sent blindly")
            #expect(again.summary.unknown == unknown)
            #expect(again.summary.skippedByLedger == report.summary.sent)

            // A person checks each one in Taptalent (here: the emulator's counters) and removes the
            // ledger lines of those that did not arrive; the next run sends exactly those.
            let arrived = Set(emails.keys)
            let kept = try String(contentsOf: fixture.ledgerURL, encoding: .utf8).split(separator: "\n").filter { line in
                let entry = try! JSONDecoder().decode(LedgerEntry.self, from: Data(line.utf8))
                return latest[entry.email] != .unknown || arrived.contains(entry.email)
            }
            try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: fixture.ledgerURL)
            let cleared = try await fixture.run(InviteOptions(csv: csv))
            #expect(cleared.summary.sent == unknown)
            #expect(!cleared.needsAttention)
            let final = try await fixture.emails()
            #expect(final.count == 40)
            #expect(final.values.allSatisfy { $0 == 1 })
        }
    }

    @Test("a connection dropped after the invite was applied is an unknown outcome and is not re-sent")
    func droppedAfterWrite() async throws {
        try await InviteFixture.with { fixture in
            try await fixture.emulator.controls.setFaults(EmulatorFaults(dropAfterWrite: 0.3, seed: 5))
            let csv = try fixture.candidates(30)
            let report = try await fixture.run(InviteOptions(csv: csv))
            try await fixture.emulator.controls.setFaults(EmulatorFaults())

            #expect(report.summary.unknown > 0)
            #expect(report.summary.sent + report.summary.unknown == 30)
            let emails = try await fixture.emails()
            #expect(emails.count == 30, "each dropped invite was applied before the connection closed")
            #expect(emails.values.allSatisfy { $0 == 1 })
            #expect(try await fixture.invitePosts() == 30, "no POST was repeated")

            let again = try await fixture.run(InviteOptions(csv: csv))
            #expect(again.summary.sent == 0)
            #expect(try await fixture.invitePosts() == 30)
        }
    }
}
