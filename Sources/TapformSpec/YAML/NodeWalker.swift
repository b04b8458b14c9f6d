import Yams
import TaptalentContract

/// Converts Yams' node tree into tapform's positioned `YValue` tree, enforcing the depth and node limits.
/// Yams resolves an alias to the very node its anchor names, so an alias shows up as a second visit of a
/// node carrying an already-seen anchor; every node visited below such a point counts as alias expansion.
/// Walking stops at the first limit hit, so a "billion laughs" file costs at most a few thousand steps.
/// The parser that produced the tree must still be alive (it owns the anchors).
struct NodeWalker {
    enum Stop: Error {
        case tooDeep(SourceLocation)
        case aliasLimit(SourceLocation)
        case tooManyNodes(SourceLocation)
    }

    let file: String
    private var nodes = 0
    private var expandedNodes = 0
    private var expansionDepth = 0
    private var seenAnchors = Set<ObjectIdentifier>()
    /// The node holding the outermost alias being expanded: aliases carry their anchor's position, so the
    /// limit is reported where the alias is used, at its container.
    private var expansionOrigin: SourceLocation?
    /// Keys that are not scalars, reported by the caller as wrong-type.
    private(set) var complexKeys: [SourceLocation] = []

    init(file: String) { self.file = file }

    mutating func walk(_ node: Node) throws(Stop) -> YValue {
        try visit(node, depth: 1, parent: location(node.mark))
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private mutating func visit(_ node: Node, depth: Int, parent: SourceLocation) throws(Stop) -> YValue {
        let here = location(node.mark)
        var isExpansion = false
        if let anchor = node.anchor {
            isExpansion = !seenAnchors.insert(ObjectIdentifier(anchor)).inserted
        }
        if isExpansion {
            if expansionDepth == 0 { expansionOrigin = parent }
            expansionDepth += 1
        }
        defer { if isExpansion { expansionDepth -= 1 } }
        nodes += 1
        if nodes > SpecLimits.maxNodes { throw .tooManyNodes(here) }
        if expansionDepth > 0 {
            expandedNodes += 1
            if expandedNodes > SpecLimits.maxAliasExpandedNodes { throw .aliasLimit(expansionOrigin ?? here) }
        }
        if depth > SpecLimits.maxDepth { throw .tooDeep(here) }
        switch node {
        case .scalar(let scalar):
            return .scalar(Self.scalar(scalar, at: here))
        case .alias(let alias):
            return .scalar(YScalar(text: alias.anchor.rawValue, style: .plain, location: here))
        case .sequence(let sequence):
            var items: [YValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try visit(item, depth: depth + 1, parent: here)) }
            return .sequence(YSequence(items: items, location: here))
        case .mapping(let mapping):
            var entries: [YEntry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    complexKeys.append(location(key.mark))
                    continue
                }
                nodes += 1
                let keyLocation = location(keyScalar.mark)
                entries.append(YEntry(key: keyScalar.string, keyLocation: keyLocation,
                                      value: try visit(value, depth: depth + 1, parent: here)))
            }
            return .mapping(YMapping(entries: entries, location: here))
        }
    }

    private static func scalar(_ scalar: Node.Scalar, at location: SourceLocation) -> YScalar {
        let style: YScalar.Style
        switch scalar.style {
        case .plain, .any: style = .plain
        case .singleQuoted, .doubleQuoted: style = .quoted
        case .literal, .folded: style = .block
        }
        let explicitString = style == .plain && scalar.tag.description == Tag.Name.str.rawValue
        return YScalar(text: scalar.string, style: style, explicitString: explicitString, location: location)
    }
}
