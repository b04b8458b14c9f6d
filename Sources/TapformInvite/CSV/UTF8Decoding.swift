/// Decodes field bytes as UTF-8 and, when they are not UTF-8, finds the line of the first bad byte.
enum UTF8Decoding {
    /// The string, or nil when the bytes are not valid UTF-8.
    static func decode(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// The 1-based line of the first invalid byte of `bytes`, whose first byte is on `startLine`.
    static func lineOfFirstInvalidByte(in bytes: [UInt8], startLine: Int) -> Int {
        let bad = firstInvalidOffset(in: bytes) ?? bytes.count
        var line = startLine
        var index = 0
        while index < bad {
            if bytes[index] == ASCII.cr {
                line += 1
                if index + 1 < bad, bytes[index + 1] == ASCII.lf { index += 1 }
            } else if bytes[index] == ASCII.lf {
                line += 1
            }
            index += 1
        }
        return line
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil if all are valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
