import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI
import Testing

@Suite("invite --resend-unknown: settling invites whose outcome is unknown")
struct InviteResendTests {
    /// A run under faults that leaves some addresses unknown: some whose invite never applied (a 500
    /// before handling) and some whose invite applied but whose answer was lost (a dropped connection).
    static func leaveUnknowns(_ fixture: InviteFixture, csv: URL) async throws -> InviteReport {
        try await fixture.emulator.controls.setFaults(EmulatorFaults(error500: 0.2, dropAfterWrite: 0.2, seed: 5))
        let report = try await fixture.run(InviteOptions(csv: csv, parallelism: 1))
        try await fixture.emulator.controls.setFaults(EmulatorFaults())
        return report
    }

    @Test("refused, sending nothing, unless doctor confirmed de-duplication for the environment or it is taken on trust")
    func refusedWithoutConfirmation() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(30)
            let first = try await Self.leaveUnknowns(fixture, csv: csv)
            #expect(first.summary.unknown > 0)
            let posts = try await fixture.invitePosts()

            let error = await #expect(throws: TapformError.self) {
                try await fixture.run(InviteOptions(csv: csv, resendUnknown: true))
            }
            #expect(error?.description.contains("tapform doctor --write --env test") == true)
            #expect(error?.description.contains("--trust-deduplication") == true)
            #expect(try await fixture.invitePosts() == posts, "nothing was sent")

            let url = fixture.client.configuration.baseURL
            try DeduplicationRecords.save(DeduplicationRecord(
                environment: "test", url: url.absoluteString, deduplicates: false, checkedAt: "2026-01-01T00:00:00.000Z"),
                root: fixture.root)
            let refused = await #expect(throws: TapformError.self) {
                try await fixture.run(InviteOptions(csv: csv, resendUnknown: true))
            }
            #expect(refused?.description.contains("does not de-duplicate") == true)
            #expect(try await fixture.invitePosts() == posts)

            try DeduplicationRecords.save(DeduplicationRecord(
                environment: "test", url: url.absoluteString, deduplicates: true, checkedAt: "2026-01-02T00:00:00.000Z"),
                root: fixture.root)
            let settled = try await fixture.run(InviteOptions(csv: csv, resendUnknown: true))
            #expect(settled.summary.unknown == 0)
            #expect(try DeduplicationRecords.load(root: fixture.root).count == 1, "one record per environment and URL")
        }
    }

    @Test("unknowns are re-sent: those that had arrived settle as already invited, the others are sent; one email each")
    func settles() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(40)
            let first = try await Self.leaveUnknowns(fixture, csv: csv)
            let unknown = first.summary.unknown
            let emailsBefore = try await fixture.emails()
            let arrived = try fixture.ledgerLatest().filter { $0.value == .unknown && emailsBefore[$0.key] != nil }.count
            #expect(arrived > 0, "some unknown invites had arrived (dropped answers)")
            #expect(arrived < unknown, "and some had not (500 before handling)")

            // Without the option, a re-run holds them and lists them (also in --failed-out).
            let failedOut = fixture.root.appendingPathComponent("failed.csv")
            let held = try await fixture.run(InviteOptions(csv: csv, failedOut: failedOut))
            #expect(held.summary.unknown == unknown)
            #expect(held.summary.sent == 0)
            let rows = try inviteReadCSV(failedOut)
            #expect(rows.count == 1 + unknown)
            #expect(rows.dropFirst().allSatisfy { $0.last?.hasPrefix("unknown outcome:") == true })

            let prepared = try await fixture.useCase.prepare(
                target: fixture.target, options: InviteOptions(csv: csv, resendUnknown: true, trustDeduplication: true),
                root: fixture.root)
            #expect(prepared.census.toResend == unknown)
            #expect(prepared.census.toSend == unknown)
            #expect(prepared.census.unresolvedInLedger == 0)
            let report = try await prepared.send()
            await prepared.close()

            #expect(report.resentAlreadyInvited == arrived)
            #expect(report.resentSentNow == unknown - arrived)
            #expect(report.summary.unknown == 0)
            #expect(!report.needsAttention)
            let text = InviteText(masker: EmailMasker(isEnabled: false)).report(report)
            #expect(text.contains("re-sent \(unknown) with an unknown outcome: \(arrived) already invited"))

            let emails = try await fixture.emails()
            #expect(emails.count == 40)
            #expect(emails.values.allSatisfy { $0 == 1 }, "no candidate was emailed twice")
            #expect(try fixture.ledgerLatest().values.allSatisfy { $0 == .sent || $0 == .alreadyInvited })

            let clean = try await fixture.run(InviteOptions(csv: csv))
            #expect(clean.summary.skippedByLedger == 40)
            #expect(!clean.needsAttention)
        }
    }

    @Test("a dry run lists the addresses it would re-send, and needs no confirmation to do so")
    func dryRun() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(20)
            let first = try await Self.leaveUnknowns(fixture, csv: csv)
            let prepared = try await fixture.useCase.prepare(
                target: fixture.target, options: InviteOptions(csv: csv, dryRun: true, resendUnknown: true), root: fixture.root)
            var listed: [String] = []
            try await prepared.listDue { listed.append($0.email) }
            await prepared.close()
            #expect(listed.count == first.summary.unknown)
            let latest = try fixture.ledgerLatest()
            #expect(listed.allSatisfy { latest[$0] == .unknown })
        }
    }
}
