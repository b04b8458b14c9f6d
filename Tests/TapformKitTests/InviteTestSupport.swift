import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI

/// An emulator with one assessment, a temporary project folder for CSV files and the ledger, and the
/// invite use case pointed at both. One per test.
struct InviteFixture {
    let emulator: TestEmulator
    let client: TaptalentClient
    let root: URL
    let target: LocatedAssessment

    static func with(status: String? = nil, _ body: (InviteFixture) async throws -> Void) async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let created = try await RemoteSeeder(client: client).create("Invite Target", status: status)
            let root = try TemporaryFolder("invite").url
            defer { try? FileManager.default.removeItem(at: root) }
            let target = LocatedAssessment(
                id: created.assessmentId, name: created.testName, isActive: created.status != WireStatus.inactive)
            try await body(InviteFixture(emulator: emulator, client: client, root: root, target: target))
        }
    }

    var useCase: InviteUseCase { InviteUseCase(client: client, environmentName: "test") }

    /// Writes `text` to a CSV file in the project folder.
    func csv(_ text: String, name: String = "batch.csv") throws -> URL {
        let url = root.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A CSV of `count` distinct candidates: `email,first_name,last_name`, `person<n>@example.com`.
    func candidates(_ count: Int, name: String = "batch.csv") throws -> URL {
        var text = "email,first_name,last_name\n"
        for n in 1...count { text += "person\(n)@example.com,First\(n),Last\(n)\n" }
        return try csv(text, name: name)
    }

    func run(_ options: InviteOptions) async throws -> InviteReport {
        try await useCase.run(target: target, options: options, root: root)
    }

    /// The invite emails the emulator sent for this assessment, by lowercased address.
    func emails() async throws -> [String: Int] {
        let prefix = target.id + " "
        var out: [String: Int] = [:]
        for (key, count) in try await emulator.counters().emails where key.hasPrefix(prefix) {
            out[String(key.dropFirst(prefix.count))] = count
        }
        return out
    }

    /// `POST /assessment/:id/invite` requests the emulator received.
    func invitePosts() async throws -> Int {
        try await emulator.counters().count("POST", WirePath.invite(":assessmentId"))
    }

    var ledgerURL: URL { InviteLedger.defaultURL(assessmentId: target.id, root: root) }

    /// Every entry of the default ledger, in file order.
    func ledgerEntries() throws -> [LedgerEntry] {
        guard let data = FileManager.default.contents(atPath: ledgerURL.path) else { return [] }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8))
        }
    }

    /// The latest ledger outcome of each address.
    func ledgerLatest() throws -> [String: LedgerOutcome] {
        var latest: [String: LedgerOutcome] = [:]
        for entry in try ledgerEntries() { latest[entry.email] = entry.outcome }
        return latest
    }
}

/// Records progress reports from the sending tasks.
final class InviteProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [InviteProgress] = []

    func record(_ progress: InviteProgress) { lock.withLock { reports.append(progress) } }
    var all: [InviteProgress] { lock.withLock { reports } }
}

/// Reads a CSV file written by tapform back into records (header first).
func inviteReadCSV(_ url: URL) throws -> [[String]] {
    let reader = try CSVReader(url: url)
    var records = [reader.header]
    while let record = try reader.next() { records.append(record.fields) }
    return records
}
