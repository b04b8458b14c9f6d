import TaptalentContract

/// One changed field: the typed values, for machines (`old`/`new`: a number, a boolean, a text, a list
/// of texts, or `nil` for absent), and their display forms, for people (`oldDisplay`/`newDisplay`:
/// texts in double quotes, numbers, booleans and choices as written, lists as `[a, b]`).
public struct FieldDiff: Codable, Sendable, Hashable {
    /// The YAML key (`durationMinutes`, `timeLimitSeconds`, ...).
    public var field: String
    public var old: FieldValue?
    public var new: FieldValue?
    public var oldDisplay: String?
    public var newDisplay: String?
    /// Where the new value is written, when it comes from a file.
    public var location: SourceLocation?

    /// A change whose display forms follow from the values.
    public init(field: String, old: FieldValue?, new: FieldValue?, location: SourceLocation? = nil) {
        self.init(field: field, old: old, new: new, oldDisplay: old?.display, newDisplay: new?.display, location: location)
    }

    public init(
        field: String, old: FieldValue?, new: FieldValue?, oldDisplay: String?, newDisplay: String?,
        location: SourceLocation? = nil
    ) {
        self.field = field
        self.old = old
        self.new = new
        self.oldDisplay = oldDisplay
        self.newDisplay = newDisplay
        self.location = location
    }

    /// A change of one value out of a fixed set (`status`): a text, displayed without quotes.
    public static func choice(field: String, old: String?, new: String?, location: SourceLocation? = nil) -> FieldDiff {
        FieldDiff(field: field, old: old.map(FieldValue.text), new: new.map(FieldValue.text),
                  oldDisplay: old, newDisplay: new, location: location)
    }

    private enum CodingKeys: String, CodingKey { case field, old, new, oldDisplay, newDisplay, location }

    /// Absent values are written as `null`, so every diff has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(oldDisplay, forKey: .oldDisplay)
        try container.encode(newDisplay, forKey: .newDisplay)
        try container.encodeIfPresent(location, forKey: .location)
    }
}

/// A field's value in a plan, as JSON carries it: a text, an integer, a number with decimals (a flow
/// step's threshold), a boolean or a list of texts.
public enum FieldValue: Codable, Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case list([String])

    /// The display form: a text in double quotes (with `"` and `\` escaped by a backslash), a list as
    /// `[a, b]`, anything else as written.
    public var display: String {
        switch self {
        case .text(let value): DisplayValue.quoted(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .boolean(let value): String(value)
        case .list(let values): "[" + values.joined(separator: ", ") + "]"
        }
    }

    /// The text, for a text value.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let values = try? container.decode([String].self) {
            self = .list(values)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a field value is a text, a number, a boolean or a list of texts")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}

/// Display forms of field values, shared by the renderers.
enum DisplayValue {
    /// In double quotes, with `"` and `\` escaped by a backslash.
    static func quoted(_ value: String) -> String {
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

    /// The text inside a display value made by `quoted`, or nil for any other value.
    static func unquoted(_ display: String) -> String? {
        guard display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") else { return nil }
        return String(display.dropFirst().dropLast())
    }
}
