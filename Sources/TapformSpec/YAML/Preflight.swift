/// A cheap lexical pass run before Yams parses a file, for the two inputs Yams itself cannot survive:
/// - nesting so deep that its recursive composer would exhaust the stack (an upper-bound estimate from
///   indentation, compact `- - -` sequences and flow brackets);
/// - an alias inside a mapping key (`*a : x`, `? *a`, `[*a]: x`): Yams hashes every key to find duplicates, and
///   hashing an alias of a "billion laughs" node takes exponential time before tapform could count anything.
/// Quoted strings, comments and block scalars are skipped. The estimate errs on the high side.
struct Preflight {
    enum Finding: Equatable {
        case tooDeep(line: Int, column: Int)
        case aliasInKey(line: Int, column: Int)
    }

    /// Depth beyond which a file is refused before parsing (far above `SpecLimits.maxDepth`, which the walker
    /// enforces exactly, and far below what the composer's recursion can take).
    static let depthLimit = 100

    static func check(_ text: String) -> Finding? {
        var scanner = Preflight()
        return scanner.run(Array(text.utf8))
    }

    private var inDouble = false
    private var inSingle = false
    private var blockParentIndent: Int?
    private var flowDepth = 0
    private var indents: [Int] = []
    private var hasAlias = false
    private var keyHazard: (line: Int, column: Int)?

    private mutating func run(_ bytes: [UInt8]) -> Finding? {
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            if let finding = scanLine(bytes[start..<end], lineNumber) { return finding }
            if hasAlias, let hazard = keyHazard { return .aliasInKey(line: hazard.line, column: hazard.column) }
            start = end + 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    private static func isAnchorChar(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D || byte == 0x5F
    }

    private mutating func scanLine(_ line: ArraySlice<UInt8>, _ lineNumber: Int) -> Finding? {
        let indent = line.prefix(while: { $0 == 0x20 }).count
        let isBlank = line.allSatisfy(Self.isSpace)
        if let parent = blockParentIndent {
            if isBlank || indent > parent { return nil }
            blockParentIndent = nil
        }
        let quoted = inDouble || inSingle
        let firstContent = line.first(where: { !Self.isSpace($0) })
        if !quoted && flowDepth == 0 && !isBlank && firstContent != 0x23 {
            while let top = indents.last, top > indent { indents.removeLast() }
            if indents.last != indent { indents.append(indent) }
        }
        var extraDepth = 0
        var index = line.startIndex + (quoted ? 0 : indent)
        var tokenStart = !quoted
        var previousSpace = true
        func next(_ offset: Int) -> UInt8? {
            let position = index + offset
            return position < line.endIndex ? line[position] : nil
        }
        func followedBySpace(_ offset: Int) -> Bool {
            guard let byte = next(offset) else { return true }
            return Self.isSpace(byte)
        }
        while index < line.endIndex {
            let byte = line[index]
            let column = index - line.startIndex + 1
            if inDouble {
                if byte == 0x5C { index += 2; continue }
                if byte == 0x22 { inDouble = false; tokenStart = false }
                index += 1; continue
            }
            if inSingle {
                if byte == 0x27 {
                    if next(1) == 0x27 { index += 2; continue }
                    inSingle = false; tokenStart = false
                }
                index += 1; continue
            }
            if Self.isSpace(byte) { previousSpace = true; index += 1; continue }
            defer { previousSpace = false }
            if byte == 0x23 && previousSpace { break }
            switch byte {
            case 0x22 where tokenStart: inDouble = true
            case 0x27 where tokenStart: inSingle = true
            case 0x2A where tokenStart:  // *alias
                hasAlias = true
                var end = index + 1
                while end < line.endIndex && Self.isAnchorChar(line[end]) { end += 1 }
                var after = end
                while after < line.endIndex && Self.isSpace(line[after]) { after += 1 }
                if after < line.endIndex && line[after] == 0x3A { keyHazard = keyHazard ?? (lineNumber, column) }
                index = end; tokenStart = false; continue
            case 0x26 where tokenStart, 0x21 where tokenStart:  // &anchor, !tag: the node follows
                while index < line.endIndex && !Self.isSpace(line[index]) { index += 1 }
                continue
            case 0x3F where tokenStart && followedBySpace(1):  // explicit key
                keyHazard = keyHazard ?? (lineNumber, column)
            case 0x2D where tokenStart && followedBySpace(1) && flowDepth == 0:  // compact nested sequence
                extraDepth += 1
            case 0x7C where tokenStart && flowDepth == 0, 0x3E where tokenStart && flowDepth == 0:
                blockParentIndent = indent
                index = line.endIndex; continue
            case 0x5B where tokenStart || flowDepth > 0, 0x7B where tokenStart || flowDepth > 0:
                flowDepth += 1; tokenStart = true
                if indents.count + extraDepth + flowDepth > Self.depthLimit {
                    return .tooDeep(line: lineNumber, column: column)
                }
                index += 1; continue
            case 0x5D where flowDepth > 0, 0x7D where flowDepth > 0:
                flowDepth -= 1; tokenStart = false
                var after = index + 1
                while after < line.endIndex && Self.isSpace(line[after]) { after += 1 }
                if after < line.endIndex && line[after] == 0x3A { keyHazard = keyHazard ?? (lineNumber, column) }
                index += 1; continue
            case 0x2C where flowDepth > 0:
                tokenStart = true; index += 1; continue
            case 0x3A where followedBySpace(1) || flowDepth > 0:
                tokenStart = true; index += 1; continue
            default:
                tokenStart = false
            }
            index += 1
        }
        if indents.count + extraDepth + flowDepth > Self.depthLimit {
            return .tooDeep(line: lineNumber, column: indent + 1)
        }
        return nil
    }
}
