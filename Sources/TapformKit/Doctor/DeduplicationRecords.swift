import Foundation
import TapformInvite
import TapformSpec

/// What `tapform doctor --write` found about repeated invites in one environment: whether Taptalent
/// answered the second invite of an address with `alreadyInvited: true` (and, on an emulator, sent one
/// email). `invite --resend-unknown` relies on it. Never holds the key.
public struct DeduplicationRecord: Codable, Sendable, Hashable {
    /// The environment's name (`local`, a name from tapform.yaml, or the `--url`).
    public var environment: String
    /// The API base URL the check ran against; `DeduplicationRecords.embedded` for `local`, whose port
    /// changes with every run.
    public var url: String
    public var deduplicates: Bool
    /// ISO 8601 UTC time of the check.
    public var checkedAt: String

    public init(environment: String, url: String, deduplicates: Bool, checkedAt: String) {
        self.environment = environment
        self.url = url
        self.deduplicates = deduplicates
        self.checkedAt = checkedAt
    }
}

/// The records of `DeduplicationRecord`, one per environment name and URL, in
/// `.tapform/doctor/deduplication.json` under the project root (a JSON array, rewritten atomically).
public enum DeduplicationRecords {
    public static let path = ".tapform/doctor/deduplication.json"
    /// The `url` recorded for the embedded emulator (`--env local`).
    public static let embedded = "embedded"

    /// The URL as recorded: `embedded` for `local`, else the base URL as given.
    public static func location(environment: String, baseURL: URL) -> String {
        environment == ProjectConfig.localEnvironment ? embedded : baseURL.absoluteString
    }

    /// The record for this environment name and URL, if `doctor --write` made one.
    /// - Throws: `TapformError` naming the file when it exists but cannot be read.
    public static func find(root: URL, environment: String, baseURL: URL) throws -> DeduplicationRecord? {
        let url = location(environment: environment, baseURL: baseURL)
        return try load(root: root).first { $0.environment == environment && $0.url == url }
    }

    /// Adds `record`, replacing an earlier one for the same environment name and URL.
    public static func save(_ record: DeduplicationRecord, root: URL) throws {
        var records = try load(root: root).filter { !($0.environment == record.environment && $0.url == record.url) }
        records.append(record)
        records.sort { ($0.environment, $0.url) < ($1.environment, $1.url) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let file = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (try encoder.encode(records) + Data("\n".utf8)).write(to: file, options: .atomic)
        } catch {
            throw TapformError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func load(root: URL) throws -> [DeduplicationRecord] {
        let file = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: file.path) else { return [] }
        do {
            return try JSONDecoder().decode([DeduplicationRecord].self, from: data)
        } catch {
            throw TapformError("\(path) is not a list of de-duplication checks; delete it and run "
                + "`tapform doctor --write` again")
        }
    }

    static func now() -> String { Timestamp.iso8601(Date()) }
}
