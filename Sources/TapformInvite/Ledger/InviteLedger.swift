import Foundation
import TapformSupport

/// The append-only record of invites sent for one assessment, so that no candidate is emailed twice
/// by tapform, even after a crash or a CI retry.
///
/// A JSON Lines file, one entry per outcome: `{"at":"…","email":"ann@example.com","line":12,"outcome":"sent"}`.
/// Each `record` is written and fsynced before it returns. Record `pending` before each request and
/// the outcome after it: then even a crash between the request and its answer cannot lead to a
/// second email. On open, every address whose latest entry is `pending`, `sent`, `alreadyInvited` or
/// `unknown` is blocked: an uncertain outcome is never retried automatically (only `failed`, a
/// refusal that proves nothing was sent, unblocks). A `pending` or `unknown` address is settled by a run
/// that re-sends it on purpose (`tapform invite --resend-unknown`) and records the answer after it.
///
/// A torn last line (a crash mid-write) is ignored on load and cut off before appending; earlier
/// entries are kept. If the last line is a complete entry that only lacks its line break, it is kept
/// and the line break added. Any other unreadable line is an error naming it, never silently dropped.
/// The file is locked while open, so two tapform runs cannot share it. Safe for concurrent use from
/// many tasks (an actor); loading and recording are O(1) per entry. Concurrent records share fsyncs
/// (`GroupCommit`): each entry is written at once, and one fsync covers every entry written before it
/// started, so parallel senders do not queue behind each other's disk flushes.
public actor InviteLedger {
    /// What opening the ledger found.
    public struct LoadSummary: Sendable, Hashable {
        /// Entries read from the file.
        public var entries: Int
        /// Whether a torn last line was cut off or completed.
        public var repairedTornTail: Bool
    }

    public nonisolated let url: URL
    public nonisolated let loaded: LoadSummary
    private let file: LedgerFile
    /// Shares fsyncs between concurrent records.
    private let commit: GroupCommit
    /// The latest outcome for each lowercased address.
    private var latest = AddressIndex<LedgerOutcome>()
    private let encoder: JSONEncoder
    /// Entries written to the file: the sequence number of the latest, for `commit`.
    private var written: Int64 = 0

    /// `.tapform/invites/<assessment-id>.jsonl` under `root` (characters other than letters, digits,
    /// `.`, `_` and `-` in the id are replaced with `_`).
    public static func defaultURL(assessmentId: String, root: URL) -> URL {
        let safe = String(String.UnicodeScalarView(assessmentId.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? scalar : "_"
        }))
        return root.appendingPathComponent(".tapform/invites/\(safe).jsonl")
    }

    /// Opens (or creates) the ledger at `url`, loads it and repairs a torn last line.
    public init(url: URL) throws {
        self.url = url
        let file = try LedgerFile(url: url)
        self.file = file
        commit = GroupCommit(label: "tapform.invite-ledger.fsync") { try file.sync() }
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let decoder = JSONDecoder()
        var latest = AddressIndex<LedgerOutcome>()
        var entries = 0
        let path = file.path
        let (tail, tailOffset) = try file.forEachLine { bytes, lineNumber in
            guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { return }
            guard let entry = try? decoder.decode(LedgerEntry.self, from: Data(bytes)) else {
                throw LedgerError(path: path, line: lineNumber, message: "not a ledger entry; fix or delete this line")
            }
            latest[entry.email.lowercased()] = entry.outcome
            entries += 1
        }
        var repaired = false
        if !tail.isEmpty {
            repaired = true
            if let entry = try? decoder.decode(LedgerEntry.self, from: Data(tail)) {
                latest[entry.email.lowercased()] = entry.outcome
                entries += 1
                try file.appendAndSync([0x0A])
            } else {
                try file.truncate(to: tailOffset)
            }
        }
        self.latest = latest
        loaded = LoadSummary(entries: entries, repairedTornTail: repaired)
    }

    /// Whether `email` (ignoring case) must not be sent: its latest entry is anything but `failed`.
    public func isBlocked(_ email: String) -> Bool {
        latest[email.lowercased()]?.blocksSending ?? false
    }

    /// The latest outcome recorded for `email` (ignoring case).
    public func outcome(for email: String) -> LedgerOutcome? {
        latest[email.lowercased()]
    }

    /// Addresses whose latest outcome is `pending` or `unknown`, sorted: a person must check them.
    public var unresolvedEmails: [String] {
        var emails: [String] = []
        latest.forEach { email, outcome in
            if outcome.isUnresolved { emails.append(email) }
        }
        return emails.sorted()
    }

    /// The number of distinct addresses in the ledger.
    public var count: Int { latest.count }

    /// Closes the file and releases its lock. Later `record` calls throw.
    public func close() {
        file.closeFile()
    }

    /// Appends an entry and returns once it is on disk.
    public func record(email: String, outcome: LedgerOutcome, line: Int, at date: Date = Date()) async throws {
        let entry = LedgerEntry(email: email.lowercased(), outcome: outcome, at: Timestamp.iso8601(date), line: line)
        let json: Data
        do {
            json = try encoder.encode(entry)
        } catch {
            throw LedgerError(path: file.path, message: "cannot encode an entry: \(error)")
        }
        try file.append([UInt8](json) + [0x0A])
        latest[entry.email] = outcome
        written += 1
        commit.appended(written)
        try await commit.waitDurable(written)
    }
}
