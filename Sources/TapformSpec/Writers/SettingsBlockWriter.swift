import TaptalentContract

/// Rewrites the values of some top-level settings of an assessment file, leaving every other byte as it
/// was: comments (also the one after a changed value), key order, blank lines, the quoting of every
/// other value. Used by `tapform pull` to bring settings changed in the account back into the file.
///
/// - A value on its key's line (`durationMinutes: 25   # why`, `job: "1001"`, `skills: [Go, SQL]`) is
///   replaced where it stands, in the same quoting style where the new value allows it (a double-quoted
///   value stays double-quoted, a single-quoted one single-quoted, a plain one plain unless it needs quotes).
/// - A block list (`skills:` then `- Go` lines) keeps its key line, the lines before its first item and its
///   items' indentation; its items are written anew.
/// - Any other layout (a block scalar `>`, a value continued on the next lines) is written on one line.
/// - A key the file does not have is added after the nearest key before it in the file format's order
///   (`name, renamedFrom, id, role, purpose, durationMinutes, language, skills, job, emailVerification,
///   evaluateCEFR, status`), else before the first key; `absent` removes the key's block.
/// The file's line endings are kept (CRLF when its first line ends in CRLF).
public enum SettingsBlockWriter {
    /// A setting's value as it is written into the file.
    public enum Value: Sendable, Hashable {
        case integer(Int)
        case boolean(Bool)
        case text(String)
        case textList([String])
        /// The key goes: an optional setting (`purpose`, `job`) the account does not hold.
        case absent
    }

    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file does not parse, or its top level is not a mapping.
        case unreadable([Diagnostic])
        /// The top level is a flow mapping (`{...}`) or keys share lines: it cannot be rewritten in place.
        case notBlockMapping
        /// The value is written with `${...}` variables: the file holds no value to replace.
        case usesVariables(key: String, line: Int)

        public var description: String {
            switch self {
            case .unreadable(let diagnostics):
                "the file cannot be read: " + (diagnostics.first.map { "\($0.line):\($0.column): \($0.message)" } ?? "")
            case .notBlockMapping:
                "the file's top level is not a block mapping; settings cannot be rewritten in place"
            case .usesVariables(let key, let line):
                "line \(line): `\(key)` is written with ${...} variables, so its value comes from `vars:`; "
                    + "change it there (or write the value in place of the variable) by hand"
            }
        }
    }

    /// - Parameter values: new values by file key (`durationMinutes`, `skills`, ...).
    public static func replaceSettings(
        in text: String, with values: [String: Value], file: String = "file.yaml"
    ) -> Result<String, Failure> {
        let sink = DiagnosticSink()
        guard let root = YAMLDocument.parse(text: text, file: file, into: sink).root, !sink.diagnostics.hasErrors else {
            return .failure(.unreadable(sink.diagnostics.sortedUnique()))
        }
        guard TopLevelBlocks.isBlockMapping(root) else { return .failure(.notBlockMapping) }
        let blocks = TopLevelBlocks(text: text)
        let source = Source(blocks: blocks)
        var edits: [Edit] = []
        var insertions: [Int: [UInt8]] = [:]
        let order = AssessmentFields.all.map(\.key)
        for key in order {
            guard let value = values[key] else { continue }
            if let entry = root.entry(key), let block = blocks.range(of: key, in: root) {
                if Self.usesVariables(entry.value) {
                    return .failure(.usesVariables(key: key, line: entry.keyLocation.line))
                }
                if value == .absent {
                    edits.append(Edit(range: block.bytes, bytes: []))
                } else {
                    edits.append(source.edit(entry, block: block, value: value))
                }
            } else if value != .absent {
                let offset = source.insertionOffset(for: key, order: order, root: root)
                insertions[offset, default: []] += source.line("\(key): \(inline(value, style: .plain))")
            }
        }
        for (offset, bytes) in insertions {
            var bytes = bytes
            if offset == blocks.bytes.count, let last = blocks.bytes.last, last != 0x0A { bytes = source.newline + bytes }
            edits.append(Edit(range: offset..<offset, bytes: bytes))
        }
        // From the end, a replacement before an insertion at its start: every range stays valid.
        edits.sort { ($0.range.lowerBound, $0.range.count) > ($1.range.lowerBound, $1.range.count) }
        var out = blocks.bytes
        for edit in edits { out.replaceSubrange(edit.range, with: edit.bytes) }
        return .success(String(decoding: out, as: UTF8.self))
    }

    private struct Edit {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    /// The file's bytes by line and column.
    private struct Source {
        let blocks: TopLevelBlocks
        var bytes: [UInt8] { blocks.bytes }

        var newline: [UInt8] { blocks.usesCRLF ? [0x0D, 0x0A] : [0x0A] }

        func line(_ text: String) -> [UInt8] { Array(text.utf8) + newline }

        /// The byte offset of a 1-based line and column (columns count Unicode scalars).
        func offset(_ position: SourceLocation) -> Int? {
            guard position.line >= 1, position.line <= blocks.lineCount else { return nil }
            var index = blocks.lineStarts[position.line - 1]
            let end = blocks.lineStarts[position.line]
            var column = 1
            while column < position.column {
                guard index < end else { return nil }
                index += 1
                while index < end && bytes[index] & 0xC0 == 0x80 { index += 1 }
                column += 1
            }
            return index
        }

        /// The end of the content of a line: before the line break.
        func lineEnd(_ line: Int) -> Int {
            var end = blocks.lineStarts[line]
            while end > blocks.lineStarts[line - 1] && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
            return end
        }

        func edit(_ entry: YEntry, block: QuestionsBlock.Range, value: Value) -> Edit {
            let keyLine = entry.keyLocation.line
            let whole = Edit(range: block.bytes, bytes: wholeBlock(entry.key, value))
            switch entry.value {
            case .scalar(let scalar) where scalar.style != .block && scalar.location.line == keyLine:
                guard let start = offset(scalar.location), let end = scalarEnd(from: start, line: keyLine, scalar: scalar)
                else { return whole }
                return Edit(range: start..<end, bytes: Array(inline(value, style: style(at: start)).utf8))
            case .sequence(let sequence) where sequence.location.line == keyLine:
                guard let start = offset(sequence.location), bytes[start] == UInt8(ascii: "["),
                      let end = flowEnd(from: start, line: keyLine) else { return whole }
                return Edit(range: start..<end, bytes: Array(inline(value, style: .plain).utf8))
            case .sequence(let sequence) where sequence.location.line > keyLine:
                guard case .textList(let items) = value, !items.isEmpty, sequence.location.line <= blocks.lineCount
                else { return whole }
                let indent = String(repeating: " ", count: max(0, sequence.location.column - 1))
                // From the first item: comment lines between the key and it stay.
                let start = blocks.lineStarts[sequence.location.line - 1]
                let lines = items.map { line("\(indent)- \(YAMLScalarWriter.scalar($0))") }.joined()
                return Edit(range: start..<block.bytes.upperBound, bytes: Array(lines))
            default:
                return whole
            }
        }

        /// `key: value` in place of a whole block (its line break kept).
        private func wholeBlock(_ key: String, _ value: Value) -> [UInt8] {
            line("\(key): \(inline(value, style: .plain))")
        }

        private func style(at start: Int) -> QuoteStyle {
            switch bytes[start] {
            case UInt8(ascii: "\""): .double
            case UInt8(ascii: "'"): .single
            default: .plain
            }
        }

        /// The end of a one-line scalar starting at `start`; nil when it does not end on its line as read.
        private func scalarEnd(from start: Int, line: Int, scalar: YScalar) -> Int? {
            let end = lineEnd(line)
            let quote = bytes[start]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                var index = start + 1
                while index < end {
                    if quote == UInt8(ascii: "\"") && bytes[index] == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if bytes[index] == quote {
                        if quote == UInt8(ascii: "'") && index + 1 < end && bytes[index + 1] == quote {
                            index += 2
                            continue
                        }
                        return index + 1
                    }
                    index += 1
                }
                return nil
            }
            // Plain: up to a comment (` #`) or the end of the line, trailing blanks left out; it must read
            // back as the scalar (a plain scalar continued on the next lines does not).
            var index = start
            while index < end {
                if bytes[index] == UInt8(ascii: "#") && index > start && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) {
                    break
                }
                index += 1
            }
            while index > start && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) { index -= 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self) == scalar.text ? index : nil
        }

        /// The end of a flow list `[...]` that closes on its line; nil otherwise.
        private func flowEnd(from start: Int, line: Int) -> Int? {
            let end = lineEnd(line)
            var depth = 0
            var quote: UInt8?
            var index = start
            while index < end {
                let byte = bytes[index]
                if let open = quote {
                    if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if byte == open {
                        if open == UInt8(ascii: "'") && index + 1 < end && bytes[index + 1] == open {
                            index += 2
                            continue
                        }
                        quote = nil
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
            return nil
        }

        /// Where a key the file lacks goes: after the block of the nearest key before it in `order` that
        /// the file has, else at the start of the first key's line.
        func insertionOffset(for key: String, order: [String], root: YMapping) -> Int {
            let position = order.firstIndex(of: key) ?? order.count
            for earlier in order[..<position].reversed() {
                if root.entry(earlier) != nil, let range = blocks.range(of: earlier, in: root) { return range.bytes.upperBound }
            }
            guard let first = root.entries.first, first.keyLocation.line <= blocks.lineCount else { return bytes.count }
            return blocks.lineStarts[first.keyLocation.line - 1]
        }
    }

    enum QuoteStyle { case plain, double, single }

    /// A value on one line, text in the given quoting where it can be written so.
    static func inline(_ value: Value, style: QuoteStyle) -> String {
        switch value {
        case .integer(let number): String(number)
        case .boolean(let flag): String(flag)
        case .text(let text): scalar(text, style: style)
        case .textList(let items): "[" + items.map(flowItem).joined(separator: ", ") + "]"
        case .absent: "null"
        }
    }

    private static func scalar(_ text: String, style: QuoteStyle) -> String {
        let escaped = YAMLScalarWriter.escapePlaceholders(text)
        switch style {
        case .plain: return YAMLScalarWriter.scalar(text)
        case .double: return YAMLScalarWriter.doubleQuoted(escaped)
        case .single:
            // Single quotes escape nothing but the quote itself: anything else that needs escaping goes double.
            let plainEnough = escaped.unicodeScalars.allSatisfy { YAMLScalarWriter.isPrintableForPlain($0) }
            return plainEnough ? "'" + escaped.replacingOccurrences(of: "'", with: "''") + "'" : YAMLScalarWriter.doubleQuoted(escaped)
        }
    }

    /// An item of a flow list: plain only when it holds none of the flow indicators.
    private static func flowItem(_ text: String) -> String {
        let escaped = YAMLScalarWriter.escapePlaceholders(text)
        let flow: Set<Character> = [",", "[", "]", "{", "}"]
        if YAMLScalarWriter.isSafePlain(escaped) && !escaped.contains(where: flow.contains) { return escaped }
        return YAMLScalarWriter.doubleQuoted(escaped)
    }

    /// True when a value (or an item of a list) holds a `${` placeholder (not the `$${` escape).
    static func usesVariables(_ value: YValue) -> Bool {
        switch value {
        case .scalar(let scalar): VarSubstituter.containsPlaceholder(scalar.text)
        case .sequence(let sequence): sequence.items.contains(where: usesVariables)
        case .mapping(let mapping): mapping.entries.contains { usesVariables($0.value) }
        }
    }
}
