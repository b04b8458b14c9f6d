import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI
import Testing

@Suite("invite --mark-sent / --mark-not-sent: a person settles unknown outcomes without editing the ledger")
struct InviteManualSettlementTests {
    @Test("marked sent is never sent again; marked not sent is sent by the next run; anything else is refused whole")
    func settles() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(30)
            let first = try await InviteResendTests.leaveUnknowns(fixture, csv: csv)
            let emails = try await fixture.emails()
            let unknown = try fixture.ledgerLatest().filter { $0.value == .unknown }.keys.sorted()
            let arrived = unknown.filter { emails[$0] != nil }
            let lost = unknown.filter { emails[$0] == nil }
            #expect(!arrived.isEmpty && !lost.isEmpty && first.summary.unknown == unknown.count)
            let masker = EmailMasker(isEnabled: false)
            let sentOne = try #require(fixture.ledgerLatest().first { $0.value == .sent }?.key)

            let before = try fixture.ledgerEntries().count
            let refused = await #expect(throws: TapformError.self) {
                try await fixture.useCase.settle(
                    [(arrived[0], .arrived), (sentOne, .notArrived), ("nobody@example.com", .arrived)],
                    target: fixture.target, ledger: nil, root: fixture.root, masker: masker)
            }
            #expect(refused?.description.contains("\(sentOne) is recorded as sent, not unknown") == true)
            #expect(refused?.description.contains("nobody@example.com is not in the ledger") == true)
            #expect(try fixture.ledgerEntries().count == before, "nothing was recorded")

            let lines = try await fixture.useCase.settle(
                arrived.map { ($0.uppercased(), .arrived) } + lost.map { ($0, .notArrived) },
                target: fixture.target, ledger: nil, root: fixture.root, masker: masker)
            #expect(lines.count == unknown.count)
            #expect(try fixture.ledgerEntries().suffix(unknown.count).allSatisfy { $0.line == 0 })

            let next = try await fixture.run(InviteOptions(csv: csv))
            #expect(next.summary.sent == lost.count)
            #expect(next.summary.unknown == 0)
            #expect(!next.needsAttention)
            let after = try await fixture.emails()
            #expect(after.count == 30)
            #expect(after.values.allSatisfy { $0 == 1 })
        }
    }
}
