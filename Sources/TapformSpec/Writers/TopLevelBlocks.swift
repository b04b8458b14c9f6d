/// Locates the text of top-level keys in a file whose top level is a block mapping: a key's block runs from
/// the start of its line to the end of its last content line. Blank lines, column-1 comments and document
/// markers just before the next key (or the end) belong to what follows, so they are kept when a block is
/// replaced.
struct TopLevelBlocks {
    let bytes: [UInt8]
    /// Byte offset of the start of each line, plus one entry for the end of the text.
    let lineStarts: [Int]

    init(text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        if starts.last != bytes.count { starts.append(bytes.count) }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count - 1 }

    /// True when the first line ends in CRLF: a rewrite keeps the file's line endings.
    var usesCRLF: Bool { lineStarts.count > 1 && lineStarts[1] >= 2 && bytes[lineStarts[1] - 2] == 0x0D }

    /// True when every top-level key starts its own line, all in one column (a block mapping).
    static func isBlockMapping(_ root: YMapping) -> Bool {
        guard let first = root.entries.first else { return true }
        var lines = Set<Int>()
        return root.entries.allSatisfy { $0.keyLocation.column == first.keyLocation.column && lines.insert($0.keyLocation.line).inserted }
    }

    func range(of key: String, in root: YMapping) -> QuestionsBlock.Range? {
        guard let index = root.entries.firstIndex(where: { $0.key == key }) else { return nil }
        let startLine = root.entries[index].keyLocation.line
        var endLine = index + 1 < root.entries.count ? root.entries[index + 1].keyLocation.line : lineCount + 1
        while endLine - 1 > startLine && isTrailer(line: endLine - 1) { endLine -= 1 }
        guard startLine >= 1, startLine <= lineCount, endLine > startLine else { return nil }
        return QuestionsBlock.Range(lines: startLine..<endLine, bytes: lineStarts[startLine - 1]..<lineStarts[endLine - 1])
    }

    /// Blank, a comment starting in column 1, or a document marker.
    private func isTrailer(line: Int) -> Bool {
        let content = bytes[lineStarts[line - 1]..<lineStarts[line]]
        guard let first = content.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) else {
            return true
        }
        if content.first == 0x23 { return true }
        let text = String(decoding: content.prefix(3), as: UTF8.self)
        return first == content.first && (text == "..." || text == "---")
    }

    func questionsBlock(for root: YMapping) -> QuestionsBlock {
        QuestionsBlock(
            questions: range(of: AssessmentFields.questions.key, in: root),
            generate: range(of: AssessmentFields.generate.key, in: root),
            insertionOffset: bytes.count,
            isRewritable: Self.isBlockMapping(root))
    }
}
