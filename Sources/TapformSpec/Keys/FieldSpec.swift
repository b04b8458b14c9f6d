/// One key a file may hold: its name, the shape of its value, its limits, default and description.
/// The validator and the JSON Schema generator both read these tables, so they cannot disagree.
struct FieldSpec: Sendable {
    let key: String
    let kind: FieldKind
    let required: Bool
    let summary: String
    let defaultValue: DefaultValue?

    init(_ key: String, _ kind: FieldKind, required: Bool = false, default defaultValue: DefaultValue? = nil,
         _ summary: String) {
        self.key = key
        self.kind = kind
        self.required = required
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

enum DefaultValue: Sendable {
    case int(Int)
    case string(String)
    case bool(Bool)
}

indirect enum FieldKind: Sendable {
    /// A string whose length after trimming must lie in `length`, when given.
    case text(length: ClosedRange<Int>?)
    /// A string, or an integer taken as its decimal text (ids).
    case identifier
    case integer(ClosedRange<Int>)
    /// A number (whole or decimal) in this range.
    case number(ClosedRange<Double>)
    case boolean
    /// One of these lower-case words (compared ignoring case).
    case choice([String])
    /// A list of strings.
    case textList(maxCount: Int?, itemLength: ClosedRange<Int>?)
    /// One string or a list of strings.
    case textOrTextList
    /// A mapping with these keys.
    case object([FieldSpec])
    /// A list of mappings with these keys, or (in assessments and templates) `{append: [...], prepend: [...]}`.
    case questionList(item: [FieldSpec], maxCount: Int)
    /// A list of at least `minCount` mappings with these keys (a flow's steps).
    case objectList(item: [FieldSpec], minCount: Int)
    /// A mapping from names to plain values (strings, numbers, booleans).
    case varMap
    /// A mapping from names (chosen by the user) to mappings with these keys.
    case namedObjects([FieldSpec])
}

extension Array where Element == FieldSpec {
    subscript(key: String) -> FieldSpec? { first { $0.key == key } }
    var keys: [String] { map(\.key) }
}
