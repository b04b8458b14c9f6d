import Foundation

/// Writes the rows that need attention (failed invites, invalid rows, invites with an unknown outcome)
/// as an RFC 4180 CSV with the original header plus a `reason` column, so the file can be fixed and fed
/// back to `tapform invite`.
///
/// If the header already has a `reason` column (a retry of a retry), that column is reused. Values are
/// formula-neutralised like every CSV tapform writes; `CSVReader` undoes it, so they round-trip exactly.
/// Rows longer than the header keep their extra fields, before the reason. Thread-safe.
public final class FailedRowsWriter: @unchecked Sendable {
    public let url: URL
    private let handle: FileHandle
    private let headerCount: Int
    private let existingReasonIndex: Int?
    private let lock = NSLock()
    private var rows = 0

    /// Creates (or replaces) the file at `url` and writes the header.
    public init(url: URL, header: [String]) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw OutputFileError(path: url.path, message: "cannot create the file")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw OutputFileError(path: url.path, message: "cannot open the file: \((error as NSError).localizedDescription)")
        }
        headerCount = header.count
        existingReasonIndex = header.firstIndex { HeaderMatcher.normalise($0) == "reason" }
        try append(existingReasonIndex == nil ? header + ["reason"] : header)
    }

    deinit { try? handle.close() }

    /// Rows written so far.
    public var rowCount: Int { lock.withLock { rows } }

    /// Writes one row: its fields, padded to the header's width, and `reason`.
    public func write(fields: [String], reason: String) throws {
        var out = fields
        if out.count < headerCount { out += Array(repeating: "", count: headerCount - out.count) }
        if let index = existingReasonIndex {
            out[index] = reason
        } else {
            out.append(reason)
        }
        try append(out)
        lock.withLock { rows += 1 }
    }

    public func write(_ row: InvalidRow) throws {
        try write(fields: row.fields, reason: row.reason)
    }

    public func write(_ candidate: InviteCandidate, reason: String) throws {
        try write(fields: candidate.fields, reason: reason)
    }

    /// Flushes and closes the file.
    public func close() throws {
        try lock.withLock {
            do {
                try handle.synchronize()
                try handle.close()
            } catch {
                throw OutputFileError(path: url.path, message: "cannot close the file: \((error as NSError).localizedDescription)")
            }
        }
    }

    private func append(_ record: [String]) throws {
        let data = Data(CSVWriter.record(record).utf8)
        try lock.withLock {
            do {
                try handle.write(contentsOf: data)
            } catch {
                throw OutputFileError(path: url.path, message: "cannot write: \((error as NSError).localizedDescription)")
            }
        }
    }
}

/// An output file that cannot be written.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
