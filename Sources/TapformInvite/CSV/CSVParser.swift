/// The RFC 4180 state machine, fed one byte at a time.
///
/// Works on bytes: the delimiter, quote, CR and LF are ASCII, and no byte of a multi-byte UTF-8
/// character is ASCII, so a character split between chunks is simply accumulated and decoded when
/// its field ends.
///
/// Leniency, documented: a quote inside an unquoted field (`ab"c`) is kept literally; a character
/// after a closing quote (`"ab"c`) is appended to the field (`abc`), as Python's csv module does.
/// Records whose fields are all empty (blank lines, `,,`) are skipped.
struct CSVParser {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private let delimiter: UInt8
    private let fileName: String
    private var state = State.fieldStart
    /// The current physical line (1-based).
    private var line = 1
    /// A CR was just counted as a line break, so an LF right after it belongs to the same break.
    private var skipLF = false
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var recordLine: Int?
    private var fieldLine = 1

    init(delimiter: CSVDelimiter, fileName: String) {
        self.delimiter = delimiter.rawValue
        self.fileName = fileName
    }

    /// Feeds one byte; returns the record this byte completed, if any.
    mutating func feed(_ byte: UInt8) throws -> CSVRecord? {
        if skipLF {
            skipLF = false
            if byte == ASCII.lf {
                if state == .quoted { field.append(byte) }
                return nil
            }
        }
        if recordLine == nil { recordLine = line }
        switch state {
        case .fieldStart:
            fieldLine = line
            if byte == ASCII.quote {
                state = .quoted
                return nil
            }
            state = .unquoted
            return try unquoted(byte)
        case .unquoted:
            return try unquoted(byte)
        case .quoted:
            if byte == ASCII.quote {
                state = .quoteInQuoted
            } else {
                field.append(byte)
                countLineBreak(byte)
            }
            return nil
        case .quoteInQuoted:
            if byte == ASCII.quote {
                field.append(byte)
                state = .quoted
                return nil
            }
            state = .unquoted
            return try unquoted(byte)
        }
    }

    /// Ends the input: returns the last record, if one is pending.
    mutating func finish() throws -> CSVRecord? {
        if state == .quoted {
            throw CSVError(file: fileName, line: fieldLine, reason: .unterminatedQuote)
        }
        guard recordLine != nil else { return nil }
        return try endRecord()
    }

    private mutating func unquoted(_ byte: UInt8) throws -> CSVRecord? {
        switch byte {
        case delimiter:
            try endField()
            state = .fieldStart
            return nil
        case ASCII.cr, ASCII.lf:
            countLineBreak(byte)
            return try endRecord()
        default:
            field.append(byte)
            return nil
        }
    }

    private mutating func countLineBreak(_ byte: UInt8) {
        if byte == ASCII.cr {
            line += 1
            skipLF = true
        } else if byte == ASCII.lf {
            line += 1
        }
    }

    private mutating func endField() throws {
        guard let text = UTF8Decoding.decode(field) else {
            let badLine = UTF8Decoding.lineOfFirstInvalidByte(in: field, startLine: fieldLine)
            throw CSVError(file: fileName, line: badLine, reason: .notUTF8)
        }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord() throws -> CSVRecord? {
        try endField()
        let record = CSVRecord(line: recordLine ?? line, fields: fields)
        fields.removeAll(keepingCapacity: true)
        recordLine = nil
        state = .fieldStart
        return record.fields.allSatisfy(\.isEmpty) ? nil : record
    }
}
