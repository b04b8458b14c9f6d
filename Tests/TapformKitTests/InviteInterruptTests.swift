import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("invite: a stop request (SIGINT, SIGTERM) during a run")
struct InviteInterruptTests {
    @Test("after a stop request no invite starts; those in flight finish and are recorded; a re-run sends exactly the rest")
    func stopsGracefully() async throws {
        try await InviteFixture.with { fixture in
            let csv = try fixture.candidates(40)
            let interruption = RunInterruption()
            // Deterministic: the stop is requested when the fifth invite has been answered.
            let report = try await fixture.useCase.run(
                target: fixture.target, options: InviteOptions(csv: csv, parallelism: 4, interruption: interruption),
                root: fixture.root
            ) { progress in
                if progress.done == 5 { interruption.request(.interrupt) }
            }
            #expect(report.interrupted == .interrupt)
            let sent = report.summary.sent
            #expect((5...8).contains(sent), "at most the window (4) was in flight when the stop came: \(sent) sent")
            #expect(report.summary.unknown == 0, "every invite in flight finished and was recorded")
            #expect(report.notAttempted == 40 - sent)
            #expect(report.needsAttention)
            #expect(try await fixture.invitePosts() == sent, "no request started after the stop")
            let latest = try fixture.ledgerLatest()
            #expect(latest.count == sent)
            #expect(latest.values.allSatisfy { $0 == .sent }, "no pending entry is left behind")
            let text = InviteText(masker: EmailMasker(isEnabled: false)).report(report)
            #expect(text.contains("interrupted by SIGINT"))
            #expect(text.contains("\(40 - sent) invites were not attempted; run again to send them."))

            let rerun = try await fixture.run(InviteOptions(csv: csv))
            #expect(rerun.interrupted == nil)
            #expect(rerun.summary.sent == 40 - sent)
            #expect(rerun.summary.skippedByLedger == sent)
            let emails = try await fixture.emails()
            #expect(emails.count == 40)
            #expect(emails.values.allSatisfy { $0 == 1 })
            #expect(try await fixture.invitePosts() == 40)
        }
    }

    @Test("invites still in flight when the grace period is over are cut off and recorded as unknown, never left silent")
    func graceOver() async throws {
        let root = try TemporaryFolder("invite-grace").url
        defer { try? FileManager.default.removeItem(at: root) }
        var text = "email\n"
        for n in 1...20 { text += "hang\(n)@example.com\n" }
        let csv = root.appendingPathComponent("batch.csv")
        try Data(text.utf8).write(to: csv)

        let interruption = RunInterruption()
        // Holds every invite until cancelled; the stop comes once the whole window (3) is in flight.
        let transport = HangingTransport { started in
            if started == 3 { interruption.request(.terminate) }
        }
        let client = try TaptalentClient(
            configuration: TaptalentConfiguration(baseURL: URL(string: "http://127.0.0.1/v1/partner")!,
                                                  apiKey: APIKey("sk_test_" + String(repeating: "h", count: 22)), retry: .none),
            transport: transport)
        let target = LocatedAssessment(id: "a1", name: "Held", isActive: true)
        let report = try await InviteUseCase(client: client, environmentName: "test").run(
            target: target, options: InviteOptions(csv: csv, parallelism: 3, interruption: interruption, interruptGrace: .zero),
            root: root)

        #expect(report.interrupted == .terminate)
        #expect(transport.started == 3, "no invite started after the stop")
        #expect(report.summary.unknown == 3)
        #expect(report.unknown.allSatisfy { $0.reason.contains("stopped while the invite was in flight") })
        #expect(report.notAttempted == 17)
        let url = InviteLedger.defaultURL(assessmentId: "a1", root: root)
        let entries = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8))
        }
        #expect(entries.map(\.outcome) == [.pending, .pending, .pending, .unknown, .unknown, .unknown],
                "pending before each request, unknown once cut off")
    }
}

/// Answers no request: each one waits until its task is cancelled. Reports how many have started.
final class HangingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let onStart: @Sendable (Int) -> Void

    init(onStart: @escaping @Sendable (Int) -> Void) {
        self.onStart = onStart
    }

    var started: Int { lock.withLock { count } }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let number = lock.withLock { () -> Int in
            count += 1
            return count
        }
        onStart(number)
        try await Task.sleep(for: .seconds(3600))
        throw CancellationError()
    }
}
