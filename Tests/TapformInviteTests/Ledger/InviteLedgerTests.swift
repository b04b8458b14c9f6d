import Foundation
import Testing
@testable import TapformInvite

@Suite("Invite ledger")
struct InviteLedgerTests {
    private func ledgerURL() throws -> URL {
        try TemporaryFolder("invite").url.appendingPathComponent("nested/dir/ledger.jsonl")
    }

    private func lines(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        return text.split(separator: "\n").map(String.init)
    }

    @Test func appendAndReload() async throws {
        let url = try ledgerURL()
        let ledger = try InviteLedger(url: url)
        let at = Date(timeIntervalSince1970: 1_714_555_800.123)
        try await ledger.record(email: "Ann@Example.com", outcome: .pending, line: 2, at: at)
        try await ledger.record(email: "ann@example.com", outcome: .sent, line: 2, at: at)
        try await ledger.record(email: "bob@example.com", outcome: .alreadyInvited, line: 3, at: at)
        try await ledger.record(email: "cy@example.com", outcome: .unknown, line: 4, at: at)
        try await ledger.record(email: "di@example.com", outcome: .pending, line: 5, at: at)
        try await ledger.record(email: "fay@example.com", outcome: .pending, line: 6, at: at)
        try await ledger.record(email: "fay@example.com", outcome: .failed, line: 6, at: at)
        await ledger.close()

        let written = try lines(url)
        #expect(written.first == #"{"at":"2024-05-01T09:30:00.123Z","email":"ann@example.com","line":2,"outcome":"pending"}"#)
        #expect(written.count == 7)

        let reopened = try InviteLedger(url: url)
        #expect(reopened.loaded == InviteLedger.LoadSummary(entries: 7, repairedTornTail: false))
        for email in ["ANN@example.com", "bob@example.com", "cy@example.com", "di@example.com"] {
            #expect(await reopened.isBlocked(email))
        }
        #expect(await !reopened.isBlocked("eve@example.com"))
        #expect(await !reopened.isBlocked("fay@example.com"))
        #expect(await reopened.outcome(for: "fay@example.com") == .failed)
        #expect(await reopened.outcome(for: "ann@example.com") == .sent)
        #expect(await reopened.unresolvedEmails == ["cy@example.com", "di@example.com"])
        #expect(await reopened.count == 5)
        await reopened.close()
    }

    @Test func tornTailIsIgnoredAndRepairedBeforeAppending() async throws {
        let url = try ledgerURL()
        let first = try InviteLedger(url: url)
        try await first.record(email: "a@example.com", outcome: .sent, line: 2)
        try await first.record(email: "b@example.com", outcome: .sent, line: 3)
        await first.close()
        let intact = try Data(contentsOf: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"at":"2024-05-01T09:30:00.000Z","email":"c@exa"#.utf8))
        try handle.close()

        let reopened = try InviteLedger(url: url)
        #expect(reopened.loaded == InviteLedger.LoadSummary(entries: 2, repairedTornTail: true))
        #expect(try Data(contentsOf: url) == intact)
        #expect(await !reopened.isBlocked("c@example.com"))
        try await reopened.record(email: "c@example.com", outcome: .sent, line: 4)
        await reopened.close()
        let decoded = try lines(url).map { try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8)) }
        #expect(decoded.map(\.email) == ["a@example.com", "b@example.com", "c@example.com"])
    }

    @Test func completeLastEntryWithoutLineBreakIsKept() async throws {
        let url = try ledgerURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"at":"2024-05-01T09:30:00.000Z","email":"a@example.com","line":2,"outcome":"sent"}"#.utf8).write(to: url)
        let ledger = try InviteLedger(url: url)
        #expect(ledger.loaded == InviteLedger.LoadSummary(entries: 1, repairedTornTail: true))
        #expect(await ledger.isBlocked("a@example.com"))
        try await ledger.record(email: "b@example.com", outcome: .sent, line: 3)
        await ledger.close()
        #expect(try lines(url).count == 2)
    }

    @Test func corruptCompleteLineIsAnErrorNamingIt() throws {
        let url = try ledgerURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let good = #"{"at":"2024-05-01T09:30:00.000Z","email":"a@example.com","line":2,"outcome":"sent"}"#
        try Data((good + "\nnot json\n" + good + "\n").utf8).write(to: url)
        #expect(throws: LedgerError(path: url.path, line: 2, message: "not a ledger entry; fix or delete this line")) {
            try InviteLedger(url: url)
        }
    }

    @Test func concurrentAppendsAreAllPresentOnce() async throws {
        let url = try ledgerURL()
        let ledger = try InviteLedger(url: url)
        let emails = (0..<200).map { "user\($0)@example.com" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, email) in emails.enumerated() {
                group.addTask { try await ledger.record(email: email, outcome: .sent, line: index + 2) }
            }
            try await group.waitForAll()
        }
        await ledger.close()
        let recorded = try lines(url).map { try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8)).email }
        #expect(recorded.count == emails.count)
        #expect(Set(recorded) == Set(emails))
        let reopened = try InviteLedger(url: url)
        #expect(await reopened.count == 200)
        await reopened.close()
    }

    @Test func secondOpenWhileInUseIsRefused() async throws {
        let url = try ledgerURL()
        let first = try InviteLedger(url: url)
        #expect(throws: LedgerError.self) { try InviteLedger(url: url) }
        await first.close()
        let second = try InviteLedger(url: url)
        await second.close()
    }

    /// A run that has just ended may hold the lock a moment longer through a copy of its descriptor (a process
    /// being started at that instant has one until it execs): the next run waits that moment out.
    @Test("a ledger whose lock is released while the next run opens it is taken, not refused")
    func lockReleasedDuringGraceIsTaken() async throws {
        let url = try ledgerURL()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let holder = open(url.path, O_RDWR | O_CREAT, 0o644)
        #expect(holder >= 0 && flock(holder, LOCK_EX | LOCK_NB) == 0)
        let release = Thread {
            usleep(50_000)  // the holder goes on for a moment, then lets go
            close(holder)
        }
        release.start()
        let ledger = try InviteLedger(url: url)  // refused at once without the grace
        await ledger.close()
    }

    @Test func recordingAfterCloseFails() async throws {
        let ledger = try InviteLedger(url: try ledgerURL())
        await ledger.close()
        await #expect(throws: LedgerError.self) { try await ledger.record(email: "a@example.com", outcome: .sent, line: 2) }
    }

    @Test func defaultLocation() {
        let root = URL(fileURLWithPath: "/repo")
        #expect(InviteLedger.defaultURL(assessmentId: "asmt_42", root: root).path == "/repo/.tapform/invites/asmt_42.jsonl")
        #expect(InviteLedger.defaultURL(assessmentId: "../x y", root: root).path == "/repo/.tapform/invites/.._x_y.jsonl")
    }

    @Test func timestamps() {
        #expect(Timestamp.iso8601(epochMilliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.iso8601(epochMilliseconds: 1_714_555_800_123) == "2024-05-01T09:30:00.123Z")
        #expect(Timestamp.iso8601(epochMilliseconds: 951_782_400_000) == "2000-02-29T00:00:00.000Z")
        #expect(Timestamp.iso8601(epochMilliseconds: -1) == "1969-12-31T23:59:59.999Z")
    }
}
