import Foundation

/// A streaming RFC 4180 reader with a header line.
///
/// Reads the file in chunks (64 KiB by default), so memory stays flat in the number of rows. Accepts
/// CRLF, LF or lone CR line breaks, strips a UTF-8 byte order mark, detects `,` `;` or tab from the
/// header line, skips blank lines, drops empty fields beyond the header's width (trailing delimiters), and
/// undoes `CSVWriter`'s formula neutralising (`SpreadsheetFormula.restore`), so that a file tapform wrote
/// reads back as it was. Not a thread-safe type: use one reader from one task.
///
/// ```swift
/// let reader = try CSVReader(url: url)
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
public final class CSVReader {
    /// The default chunk size: 64 KiB.
    public static let defaultChunkSize = 64 * 1024

    /// The header's field names (trailing empty names dropped).
    public private(set) var header: [String] = []
    /// The line on which the header starts.
    public private(set) var headerLine = 1
    /// The delimiter detected from the header line.
    public let delimiter: CSVDelimiter
    /// The file's path as given (relative paths stay relative), as used in error messages.
    public let fileName: String

    private let source: ByteChunkSource
    private var parser: CSVParser
    private var buffer: [UInt8]
    private var position = 0
    private var finished = false

    /// Opens `url` and reads its header line.
    public convenience init(url: URL, chunkSize: Int = CSVReader.defaultChunkSize) throws {
        try self.init(source: ByteChunkSource(url: url, chunkSize: chunkSize), name: url.relativePath)
    }

    /// Reads in-memory bytes as if they were a file called `name`, in chunks of `chunkSize` bytes.
    public convenience init(bytes: [UInt8], name: String = "input.csv", chunkSize: Int = CSVReader.defaultChunkSize) throws {
        try self.init(source: ByteChunkSource(bytes: bytes, name: name, chunkSize: chunkSize), name: name)
    }

    private init(source: ByteChunkSource, name: String) throws {
        self.source = source
        fileName = name
        var prefix: [UInt8] = []
        var detector = DelimiterDetector()
        while !detector.isComplete, let chunk = try source.next() {
            prefix.append(contentsOf: chunk)
            for byte in chunk { detector.feed(byte) }
        }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            throw CSVError(file: name, line: 1, reason: .utf16)
        }
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { prefix.removeFirst(3) }
        delimiter = detector.delimiter
        parser = CSVParser(delimiter: delimiter, fileName: name)
        buffer = prefix
        guard let first = try readRecord() else {
            throw CSVError(file: name, line: nil, reason: .noHeader)
        }
        header = first.fields
        while header.last?.isEmpty == true { header.removeLast() }
        headerLine = first.line
    }

    /// The next data record, or nil at the end of the file.
    public func next() throws -> CSVRecord? {
        guard var record = try readRecord() else { return nil }
        while record.fields.count > header.count, record.fields.last?.isEmpty == true {
            record.fields.removeLast()
        }
        return record
    }

    private func readRecord() throws -> CSVRecord? {
        while true {
            while position < buffer.count {
                let byte = buffer[position]
                position += 1
                if let record = try parser.feed(byte) { return restored(record) }
            }
            if finished { return nil }
            if let chunk = try source.next() {
                buffer = chunk
                position = 0
            } else {
                finished = true
                return try parser.finish().map(restored)
            }
        }
    }

    private func restored(_ record: CSVRecord) -> CSVRecord {
        CSVRecord(line: record.line, fields: record.fields.map(SpreadsheetFormula.restore))
    }
}
