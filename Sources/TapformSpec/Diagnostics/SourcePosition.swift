/// A position in a source file: the file's path relative to the project root, a 1-based line and a
/// 1-based column counted in Unicode scalars (as libyaml counts them).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that concern the file as a whole.
    public static func start(of file: String) -> SourcePosition {
        SourcePosition(file: file, line: 1, column: 1)
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A value together with the position it came from. Defaults filled in by tapform carry the position of
/// the assessment (or question) they belong to and `isDefault == true`.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourcePosition
    public var isDefault: Bool

    public init(_ value: Value, at location: SourcePosition, isDefault: Bool = false) {
        self.value = value
        self.location = location
        self.isDefault = isDefault
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
