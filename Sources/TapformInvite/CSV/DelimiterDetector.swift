/// Detects the delimiter from the header line: the most frequent of `,` `;` and tab outside quotes,
/// comma on a tie (then semicolon before tab). Leading blank lines are skipped; the header line may
/// span several physical lines inside quotes.
struct DelimiterDetector {
    private var counts: [CSVDelimiter: Int] = [:]
    private var inQuotes = false
    private var started = false
    /// True once the header line has ended.
    private(set) var isComplete = false

    /// Feeds the next byte of the file. Does nothing once the header line has ended.
    mutating func feed(_ byte: UInt8) {
        guard !isComplete else { return }
        let isNewline = byte == ASCII.cr || byte == ASCII.lf
        if !started {
            if isNewline { return }
            started = true
        }
        if byte == ASCII.quote {
            inQuotes.toggle()
        } else if !inQuotes {
            if isNewline {
                isComplete = true
            } else if let delimiter = CSVDelimiter(rawValue: byte) {
                counts[delimiter, default: 0] += 1
            }
        }
    }

    /// The detected delimiter (comma when nothing else is more frequent).
    var delimiter: CSVDelimiter {
        var best = CSVDelimiter.comma
        for candidate in CSVDelimiter.allCases where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}

/// The ASCII bytes the CSV code cares about.
enum ASCII {
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A
    static let quote: UInt8 = 0x22
}
