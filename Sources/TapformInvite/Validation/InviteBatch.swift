import Foundation

/// An invite CSV file: its header, matched columns, and streaming passes over its rows.
///
/// Each `rows()` is a fresh pass: read it once to the end first, so that a file-level error (not UTF-8,
/// an unterminated quote) stops the run before anything is sent, then again for sending. A pass reads
/// in chunks and holds only the set of emails seen, so memory stays flat however many rows the file has.
///
/// ```swift
/// let batch = try InviteBatch(csv: url)
/// let rows = try batch.rows()
/// while let outcome = try rows.next() {
///     guard case .valid(let candidate) = outcome else { continue }
///     // skip if the ledger holds candidate.key, else send and record
/// }
/// ```
public struct InviteBatch: Sendable {
    public let url: URL
    /// The header's column names.
    public let header: [String]
    public let columns: InviteColumns
    public let delimiter: CSVDelimiter
    private let chunkSize: Int

    /// Opens `url`, reads the header and matches its columns. Throws `CSVError` or `HeaderError`.
    public init(csv url: URL, chunkSize: Int = CSVReader.defaultChunkSize) throws {
        self.url = url
        self.chunkSize = chunkSize
        let reader = try CSVReader(url: url, chunkSize: chunkSize)
        header = reader.header
        delimiter = reader.delimiter
        columns = try HeaderMatcher.match(header: reader.header, fileName: reader.fileName)
    }

    /// A fresh pass over the file's rows.
    public func rows() throws -> InviteRowReader {
        try InviteRowReader(reader: CSVReader(url: url, chunkSize: chunkSize), columns: columns)
    }

    /// Reads every row once and returns the counts and the rows that will not be sent (for tests: the
    /// use cases stream `rows()` themselves).
    func preflight() throws -> InvitePreflight {
        let rows = try rows()
        var result = InvitePreflight()
        while let outcome = try rows.next() {
            switch outcome {
            case .valid: result.validCount += 1
            case .invalid(let row): result.invalid.append(row)
            case .duplicate(let row): result.duplicates.append(row)
            }
        }
        return result
    }
}

/// One streaming pass over an invite file, yielding each row's outcome in file order.
/// Use it from one task.
public final class InviteRowReader {
    private let reader: CSVReader
    private var classifier: InviteRowClassifier

    init(reader: CSVReader, columns: InviteColumns) {
        self.reader = reader
        classifier = InviteRowClassifier(columns: columns, headerCount: reader.header.count)
    }

    /// The next row's outcome, or nil at the end of the file. Throws `CSVError` on a file-level error.
    public func next() throws -> InviteRowOutcome? {
        guard let record = try reader.next() else { return nil }
        return classifier.classify(record)
    }
}

/// The result of reading an invite file once (`InviteBatch.preflight()`).
struct InvitePreflight: Sendable, Hashable {
    /// Rows that will be sent (before the ledger is consulted).
    var validCount = 0
    /// Rows that fail validation, in file order.
    var invalid: [InvalidRow] = []
    /// Rows whose email repeats an earlier row's, in file order.
    var duplicates: [DuplicateRow] = []
}
