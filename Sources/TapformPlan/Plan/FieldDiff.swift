import TaptalentContract

/// One changed field. `old` and `new` are display values: strings in double quotes, numbers and booleans
/// as written, lists as `[a, b]`; `nil` means absent.
public struct FieldDiff: Codable, Sendable, Hashable {
    /// The YAML key (`durationMinutes`, `timeLimitSeconds`, ...).
    public var field: String
    public var old: String?
    public var new: String?
    /// Where the new value is written, when it comes from a file.
    public var location: SourceLocation?

    public init(field: String, old: String?, new: String?, location: SourceLocation? = nil) {
        self.field = field
        self.old = old
        self.new = new
        self.location = location
    }
}

/// Display forms of field values, shared by the differs.
enum DisplayValue {
    /// In double quotes, with `"` and `\` escaped by a backslash.
    static func text(_ value: String?) -> String? {
        guard let value else { return nil }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + value + "\""
        }
        var quoted = "\""
        for character in value {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// The text inside a display value made by `text`, or nil for any other value.
    static func unquoted(_ display: String) -> String? {
        guard display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") else { return nil }
        return String(display.dropFirst().dropLast())
    }

    static func list(_ values: [String]) -> String {
        "[" + values.joined(separator: ", ") + "]"
    }
}
