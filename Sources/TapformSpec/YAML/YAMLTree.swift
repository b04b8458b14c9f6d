import TaptalentContract

/// tapform's own positioned YAML tree, made from Yams' nodes by `NodeWalker`. Scalars keep their source
/// text; typing happens later (after templates and vars) with `ScalarKind`.
indirect enum YValue: Sendable {
    case scalar(YScalar)
    case mapping(YMapping)
    case sequence(YSequence)

    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// "a string", "a list", ... as used in wrong-type messages.
    var typeDescription: String {
        switch self {
        case .scalar(let scalar): scalar.kind.description
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    var scalar: YScalar? { if case .scalar(let value) = self { value } else { nil } }
    var mapping: YMapping? { if case .mapping(let value) = self { value } else { nil } }
    var sequence: YSequence? { if case .sequence(let value) = self { value } else { nil } }
    var isNull: Bool { scalar?.kind == .null }
}

struct YScalar: Sendable {
    enum Style: Sendable { case plain, quoted, block }
    var text: String
    var style: Style
    /// Explicitly tagged `!!str`: a string even when it looks like a number.
    var explicitString = false
    var location: SourceLocation

    /// Plain scalars are typed by YAML 1.1 rules (as Yams' default resolver does); others are strings.
    var kind: ScalarKind {
        style == .plain && !explicitString ? ScalarKind.classify(text) : .string
    }
}

struct YEntry: Sendable {
    var key: String
    var keyLocation: SourceLocation
    var value: YValue
}

struct YMapping: Sendable {
    var entries: [YEntry]
    var location: SourceLocation

    func entry(_ key: String) -> YEntry? { entries.first { $0.key == key } }
    func value(_ key: String) -> YValue? { entry(key)?.value }

    mutating func set(_ entry: YEntry) {
        if let index = entries.firstIndex(where: { $0.key == entry.key }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    mutating func remove(_ key: String) { entries.removeAll { $0.key == key } }

    func removing(_ keys: Set<String>) -> YMapping {
        var copy = self
        copy.entries.removeAll { keys.contains($0.key) }
        return copy
    }
}

struct YSequence: Sendable {
    var items: [YValue]
    var location: SourceLocation
}
