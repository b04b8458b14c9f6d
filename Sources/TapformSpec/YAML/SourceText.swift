import Foundation

/// Turning a file's bytes into text: size limit, byte order mark, UTF-8 check (naming the line of the first
/// bad byte).
enum SourceText {
    enum Failure: Error, Equatable {
        case tooLarge(bytes: Int)
        case notUTF8(line: Int, column: Int)
    }

    /// The text, without a leading UTF-8 byte order mark (`ByteOrderMark`).
    static func decode(_ data: Data) -> Result<String, Failure> {
        if data.count > SpecLimits.maxFileBytes { return .failure(.tooLarge(bytes: data.count)) }
        let bytes = [UInt8](ByteOrderMark.strip(data).data)
        if let bad = firstInvalidUTF8(bytes) {
            let before = bytes[..<bad]
            let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
            return .failure(.notUTF8(line: line, column: column))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Offset of the first byte that is not part of a well-formed UTF-8 sequence (no overlongs, surrogates or
    /// values above U+10FFFF), or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch b {
            case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
            case 0xE0: length = 3; low = 0xA0; high = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; low = 0x80; high = 0xBF
            case 0xED: length = 3; low = 0x80; high = 0x9F
            case 0xF0: length = 4; low = 0x90; high = 0xBF
            case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
            case 0xF4: length = 4; low = 0x80; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < low || bytes[i + 1] > high { return i }
            for k in 2..<length where bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return i }
            i += length
        }
        return nil
    }
}
