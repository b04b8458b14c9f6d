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
    static func text(_ value: String?) -> String? {
        value.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    }

    static func list(_ values: [String]) -> String {
        "[" + values.joined(separator: ", ") + "]"
    }
}
