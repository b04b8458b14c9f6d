import Foundation
import TapformSupport

/// One journal line: the mutation and its sequence number (so replay skips what a snapshot already holds).
struct JournalEntry: Codable, Sendable, Hashable {
    var seq: Int64
    var mutation: Mutation
}

/// An append-only journal of applied mutations, one line each: `<crc32 as 8 hex digits> <json>\n`.
/// A line is fsync'd (see `GroupCommit`) before the write it records is answered. A torn or damaged line (a crash in the
/// middle of an append) fails its checksum and is dropped on load, with everything after it.
final class Journal {
    private let file: AppendOnlyFile
    private var length: Int64

    init(path: String) throws {
        file = try AppendOnlyFile(path: path, permissions: 0o600)
        length = try file.size()
    }

    /// Appends one entry without syncing (see `sync` and `GroupCommit`). On failure the file is cut back,
    /// so no partial line stays behind.
    func append(_ entry: JournalEntry) throws {
        let line = try Journal.encode(entry)
        do {
            try file.append(line)
            length += Int64(line.count)
        } catch {
            try? file.truncate(to: length)
            throw error
        }
    }

    /// Makes every append so far durable. Safe to call from another thread than the appender.
    func sync() throws { try file.sync() }

    /// Empties the journal (after a snapshot has taken in its entries).
    func removeAll() throws {
        try file.truncate(to: 0)
        try file.sync()
        length = 0
    }

    var byteCount: Int64 { length }

    func close() { file.close() }

    static func encode(_ entry: JournalEntry) throws -> Data {
        let json = try JSONEncoder().encode(entry)
        let checksum = String(CRC32.checksum(json), radix: 16)
        var line = Data((String(repeating: "0", count: 8 - checksum.count) + checksum + " ").utf8)
        line.append(json)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Reads the entries of a journal file; a missing file has none. Stops at the first line that is
    /// incomplete or fails its checksum, and says so in `droppedTail`.
    static func read(path: String) throws -> (entries: [JournalEntry], droppedTail: Bool) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], false) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw FileError("read", path, code: EIO)
        }
        var entries: [JournalEntry] = []
        var start = data.startIndex
        let decoder = JSONDecoder()
        while start < data.endIndex {
            guard let newline = data[start...].firstIndex(of: UInt8(ascii: "\n")),
                let entry = decodeLine(data[start..<newline], decoder: decoder)
            else { return (entries, true) }
            entries.append(entry)
            start = newline + 1
        }
        return (entries, false)
    }

    private static func decodeLine(_ line: Data, decoder: JSONDecoder) -> JournalEntry? {
        guard line.count > 9, line[line.startIndex + 8] == UInt8(ascii: " "),
            let expected = UInt32(String(decoding: line.prefix(8), as: UTF8.self), radix: 16)
        else { return nil }
        let json = line.dropFirst(9)
        guard CRC32.checksum(json) == expected else { return nil }
        return try? decoder.decode(JournalEntry.self, from: json)
    }
}
