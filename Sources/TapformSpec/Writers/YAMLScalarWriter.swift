/// Writes a string as a YAML scalar that tapform reads back as exactly the same string: plain when that is
/// unambiguous, double-quoted with escapes otherwise. `${` is written `$${` so that no placeholder appears.
enum YAMLScalarWriter {
    static func scalar(_ value: String) -> String {
        let escaped = escapePlaceholders(value)
        return isSafePlain(escaped) ? escaped : doubleQuoted(escaped)
    }

    /// Every `${` becomes `$${`, which var substitution turns back into `${`.
    static func escapePlaceholders(_ value: String) -> String {
        // Byte by byte, like the substitution, so a combining mark after "{" cannot hide a placeholder.
        let bytes = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x24, index + 1 < bytes.count, bytes[index + 1] == 0x7B { out.append(0x24) }
            out.append(byte)
        }
        return out.count == bytes.count ? value : String(decoding: out, as: UTF8.self)
    }

    private static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~", "=", "<",
    ]

    /// Conservative: printable characters only, no leading indicator, no `: ` or ` #`, no leading or trailing
    /// space, and read back as a string (not a number, boolean or null).
    static func isSafePlain(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if indicators.contains(first) || first == " " || last == " " || last == ":" { return false }
        if !scalars.allSatisfy(isPrintableForPlain) { return false }
        // Scalar by scalar (not Character): a combining mark must not hide ": " or " #" from the check.
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return false }
            previous = scalar
        }
        return ScalarKind.classify(value) == .string
    }

    static func isPrintableForPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA0...0xD7FF, 0xE000...0xFFFD: !(0x2028...0x2029).contains(scalar.value) && scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `"..."` with `\\`, `\"` and every character YAML would not keep as is escaped.
    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                let code = scalar.value
                if code < 0x20 || code == 0x7F || (0x80...0x9F).contains(code) {
                    out += "\\x" + hex(code, width: 2)
                } else if code == 0x2028 || code == 0x2029 || code == 0xFEFF || code == 0xFFFE || code == 0xFFFF
                            || (0xFDD0...0xFDEF).contains(code) {
                    out += "\\u" + hex(code, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
