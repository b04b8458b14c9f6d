/// The type of a plain scalar under YAML 1.1 rules, mirroring Yams' default resolver (bool, int, float,
/// null) without regular expressions, because every scalar of every file goes through here.
enum ScalarKind: Sendable, Equatable, CustomStringConvertible {
    case string
    case null
    case bool(Bool)
    /// A decimal integer that fits in `Int`.
    case int(Int)
    /// Any other number: float, hex, octal, sexagesimal, an integer too large, .inf, .nan.
    case otherNumber

    var description: String {
        switch self {
        case .string: "a string"
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .otherNumber: "a number"
        }
    }

    private static let trueWords: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let falseWords: Set<String> = ["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let specialFloats: Set<String> = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    static func classify(_ text: String) -> ScalarKind {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        // Fast path: most scalars are prose and start with a letter no keyword starts with.
        let isDigitOrSign = (first >= 0x30 && first <= 0x39) || first == 0x2B || first == 0x2D || first == 0x2E
        if !isDigitOrSign {
            if utf8.count > 5 { return .string }
            if trueWords.contains(text) { return .bool(true) }
            if falseWords.contains(text) { return .bool(false) }
            if nullWords.contains(text) { return .null }
            return .string
        }
        if specialFloats.contains(text) { return .otherNumber }
        return number(Array(utf8))
    }

    /// A plain decimal integer (sign, digits, `_`) too large for `Int`: classified `.otherNumber`, but
    /// worth a message about its range rather than its type.
    static func isOversizedInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard let head = body.first, head.isASCII, head.isNumber, head != "0" else { return false }
        guard body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }) else { return false }
        return Int(body.filter { $0 != "_" }) == nil
    }

    private static func number(_ bytes: [UInt8]) -> ScalarKind {
        var index = 0
        if bytes[0] == 0x2B || bytes[0] == 0x2D { index = 1 }
        let body = bytes[index...]
        guard let head = body.first else { return .string }
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        // Decimal integer: 0 | [1-9][0-9_]*
        if body.allSatisfy({ isDigit($0) || $0 == 0x5F }) && isDigit(head) {
            if head == 0x30 && body.count > 1 {
                // A leading 0 is octal (0[0-7_]+) in YAML 1.1, otherwise a string.
                return body.dropFirst().allSatisfy({ ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }) ? .otherNumber : .string
            }
            let digits = String(decoding: bytes.filter { $0 != 0x5F }, as: UTF8.self)
            if let value = Int(digits) { return .int(value) }
            return .otherNumber
        }
        return looksLikeOtherNumber(body) ? .otherNumber : .string
    }

    /// Float ([0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? or \.[0-9_]+...), hex, binary, sexagesimal.
    private static func looksLikeOtherNumber(_ body: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: body, as: UTF8.self)
        if text.hasPrefix("0x") { return text.count > 2 && text.dropFirst(2).allSatisfy { $0.isHexDigit || $0 == "_" } }
        if text.hasPrefix("0b") { return text.count > 2 && text.dropFirst(2).allSatisfy { $0 == "0" || $0 == "1" || $0 == "_" } }
        if text.hasPrefix("0o") { return text.count > 2 && text.dropFirst(2).allSatisfy { ("0"..."7").contains($0) || $0 == "_" } }
        if text.contains(":") {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_" || $0 == ".") } }
        }
        var mantissa = Substring(text), exponent: Substring?
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = text[text.index(after: e)...]
        }
        let digitsAndDot = mantissa.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "_" || $0 == "." }
        guard digitsAndDot, mantissa.filter({ $0 == "." }).count <= 1, mantissa.contains(where: \.isNumber) else {
            return false
        }
        if mantissa.first == "." && exponent != nil && !(exponent!.first == "-" || exponent!.first == "+") { return false }
        if var exponent {
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            return !exponent.isEmpty && exponent.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return true
    }
}
