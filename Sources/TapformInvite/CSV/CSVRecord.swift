/// One CSV record: its fields and the 1-based physical line on which it starts.
public struct CSVRecord: Sendable, Hashable {
    /// The physical line (counting LF, CRLF and lone CR as one line break each) where the record starts.
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// The field delimiters the reader recognises.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// The delimiter as a one-character string.
    public var character: Character { Character(Unicode.Scalar(rawValue)) }
}
