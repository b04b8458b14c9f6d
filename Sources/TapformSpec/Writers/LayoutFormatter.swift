import Foundation

/// Rewrites an assessment or template file into the normal layout (docs/decisions/fmt-normal-layout.md),
/// keeping every comment and every value:
///
/// - top-level keys in `keyOrder`, unknown keys after them in their own order; each key moves with its whole block and the comment lines just above it;
/// - the lines before the first key up to the last blank line among them (the file's header comment,
///   `---`) stay first, those after the last block (a closing comment, `...`) stay last;
/// - runs of blank lines become one, none at the start or the end; one blank line is kept before a block
///   that had one above it;
/// - no white space at the end of a line; LF line ends; one newline at the end; no byte order mark.
///
/// Lines inside block scalars (`|`, `>`) are never touched. The result is checked before it is returned:
/// it must parse to the same values, and hold the same lines (apart from blank lines and trailing white
/// space); otherwise the file is refused (`wouldChangeContent`), never changed.
public enum LayoutFormatter {
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file is not UTF-8 YAML with a mapping at the top.
        case unreadable(Diagnostic)
        /// The top level is a flow mapping (`{...}`) or keys share a line.
        case notBlockMapping
        /// The layout would change a value or drop a line (e.g. an anchor moved after its alias); left alone.
        case wouldChangeContent(String)

        public var description: String {
            switch self {
            case .unreadable(let diagnostic):
                "\(diagnostic.line > 0 ? "\(diagnostic.line):\(diagnostic.column): " : "")\(diagnostic.message); "
                    + "fix it (tapform validate) and run fmt again"
            case .notBlockMapping:
                "the top level is not a block mapping (one key a line); fmt leaves it as it is"
            case .wouldChangeContent(let why):
                "fmt cannot lay it out without changing it (\(why)); it was left as it is"
            }
        }
    }

    /// The file's bytes in the normal layout (equal to `data` when it is already laid out).
    public static func format(_ data: Data, file: String) -> Result<Data, Failure> {
        let text: String
        switch SourceText.decode(data) {
        case .success(let decoded): text = decoded.replacingOccurrences(of: "\r\n", with: "\n")
        case .failure(.tooLarge(let bytes)):
            return .failure(.unreadable(Diagnostic(.error, .fileTooLarge, SpecLimits.fileTooLargeMessage(bytes), file: file, line: 0, column: 0)))
        case .failure(.notUTF8(let line, let column)):
            return .failure(.unreadable(Diagnostic(.error, .notUTF8, "file is not valid UTF-8", file: file, line: line, column: column)))
        }
        return format(text: text, file: file).map { Data($0.utf8) }
    }

    /// Top-level keys in the normal layout: the schema's order (`AssessmentFields.all`, which `import`
    /// writes), except that `extends` follows the keys that identify the assessment, as `tapform init`
    /// writes it: every key below it is read on top of the templates.
    static let keyOrder: [String] = {
        let identity = [AssessmentFields.version, AssessmentFields.name, AssessmentFields.renamedFrom, AssessmentFields.id]
            .map(\.key)
        let extends = AssessmentFields.extends.key
        return identity + [extends] + AssessmentFields.all.map(\.key).filter { !identity.contains($0) && $0 != extends }
    }()

    static func format(text: String, file: String) -> Result<String, Failure> {
        let root: YMapping
        switch parse(text, file: file) {
        case .success(let parsed): root = parsed
        case .failure(let failure): return .failure(failure)
        }
        guard TopLevelBlocks.isBlockMapping(root) else { return .failure(.notBlockMapping) }
        let formatted = layout(text, root: root)
        if formatted == text { return .success(text) }

        // The safety net: same values, same lines.
        guard case .success(let after) = parse(formatted, file: file), same(.mapping(root), .mapping(after)) else {
            return .failure(.wouldChangeContent("a value would change"))
        }
        guard contentLines(text) == contentLines(formatted) else {
            return .failure(.wouldChangeContent("a line would be lost"))
        }
        return .success(formatted)
    }

    private static func parse(_ text: String, file: String) -> Result<YMapping, Failure> {
        let sink = DiagnosticSink()
        let parsed = YAMLDocument.parse(text: text, file: file, into: sink)
        if let error = sink.diagnostics.sortedUnique().first(where: \.isError) { return .failure(.unreadable(error)) }
        guard let root = parsed.root else {
            return .failure(.unreadable(Diagnostic(.error, .wrongType, "the top level must be a mapping of keys", file: file, line: 1, column: 1)))
        }
        return .success(root)
    }

    // MARK: - Layout

    /// One top-level key: its comment lines, whether a blank line was above it, and its lines.
    private struct Block {
        var key: String
        var blankAbove: Bool
        var lines: [String]
    }

    private static func layout(_ text: String, root: YMapping) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let kept = blockScalarLines(root, lines: lines)
        let blocks = TopLevelBlocks(text: text)
        let ranges = root.entries.map { blocks.range(of: $0.key, in: root)?.lines ?? ($0.keyLocation.line..<$0.keyLocation.line + 1) }

        func tidy(_ range: Range<Int>) -> [String] {
            range.map { kept.contains($0) ? lines[$0 - 1] : trimEnd(lines[$0 - 1]) }
        }

        // The lines before the first key: up to the last blank line they are the file's header; the comment
        // lines after it belong to the first key. Without a blank line they are all the header.
        var header = tidy(1..<(ranges.first?.lowerBound ?? lines.count + 1))
        var firstComments: [String] = []
        if let blank = header.lastIndex(of: ""), !ranges.isEmpty {
            firstComments = Array(header[(blank + 1)...])
            header.removeSubrange((blank + 1)...)
        }
        let trailer = tidy((ranges.last?.upperBound ?? lines.count + 1)..<(lines.count + 1))
        var parsed: [Block] = []
        for (index, entry) in root.entries.enumerated() {
            let gap = index == 0 ? firstComments : tidy(ranges[index - 1].upperBound..<ranges[index].lowerBound)
            parsed.append(Block(
                key: entry.key,
                blankAbove: index > 0 && gap.contains(where: \.isEmpty),
                lines: gap.filter { !$0.isEmpty } + collapsingBlankRuns(ranges[index], lines: lines, kept: kept)))
        }
        let order = Dictionary(uniqueKeysWithValues: keyOrder.enumerated().map { ($0.element, $0.offset) })
        let sorted = parsed.enumerated().sorted { a, b in
            (order[a.element.key] ?? Int.max, a.offset) < (order[b.element.key] ?? Int.max, b.offset)
        }.map(\.element)

        var out = collapse(header)
        // A blank line between the header and the first key separates the file's comment from the key's.
        if !out.isEmpty && header.last == "" { out.append("") }
        for (index, block) in sorted.enumerated() {
            if block.blankAbove && index > 0 { out.append("") }
            out += block.lines
        }
        let end = collapse(trailer)
        if !end.isEmpty { out += (trailer.first == "" ? [""] : []) + end }
        while out.first == "" { out.removeFirst() }
        while out.last == "" { out.removeLast() }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// A block's lines, trailing white space removed and blank runs made one, except inside block scalars.
    private static func collapsingBlankRuns(_ range: Range<Int>, lines: [String], kept: Set<Int>) -> [String] {
        var out: [String] = []
        for number in range {
            if kept.contains(number) { out.append(lines[number - 1]); continue }
            let line = trimEnd(lines[number - 1])
            if line.isEmpty && out.last == "" { continue }
            out.append(line)
        }
        return out
    }

    /// Header or trailer lines: blank runs made one, none at either end.
    private static func collapse(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines where !(line.isEmpty && (out.isEmpty || out.last == "")) { out.append(line) }
        while out.last == "" { out.removeLast() }
        return out
    }

    /// 1-based numbers of the lines inside block scalars: after the indicator's line, every line that is
    /// blank or indented deeper than it, up to the first that is not.
    private static func blockScalarLines(_ root: YMapping, lines: [String]) -> Set<Int> {
        var starts: [Int] = []
        func visit(_ value: YValue) {
            switch value {
            case .scalar(let scalar): if scalar.style == .block { starts.append(scalar.location.line) }
            case .mapping(let mapping): mapping.entries.forEach { visit($0.value) }
            case .sequence(let sequence): sequence.items.forEach(visit)
            }
        }
        visit(.mapping(root))
        var kept = Set<Int>()
        for start in starts where start >= 1 && start <= lines.count {
            let indent = indentation(lines[start - 1])
            var number = start + 1
            while number <= lines.count {
                let line = lines[number - 1]
                guard line.allSatisfy({ $0 == " " || $0 == "\t" }) || indentation(line) > indent else { break }
                kept.insert(number)
                number += 1
            }
        }
        return kept
    }

    private static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    private static func trimEnd(_ line: String) -> String {
        guard let last = line.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { return "" }
        return String(line[...last])
    }

    // MARK: - Checks

    /// The file's non-blank lines without trailing white space, sorted: what a layout may reorder but never lose.
    private static func contentLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { trimEnd(String($0)) }.filter { !$0.isEmpty }.sorted()
    }

    /// The same values, ignoring positions and the order of mapping keys.
    private static func same(_ a: YValue, _ b: YValue) -> Bool {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.text == y.text && x.style == y.style && x.explicitString == y.explicitString
        case (.sequence(let x), .sequence(let y)):
            return x.items.count == y.items.count && zip(x.items, y.items).allSatisfy(same)
        case (.mapping(let x), .mapping(let y)):
            guard x.entries.count == y.entries.count else { return false }
            return x.entries.allSatisfy { entry in y.entry(entry.key).map { same(entry.value, $0.value) } ?? false }
        default:
            return false
        }
    }
}
