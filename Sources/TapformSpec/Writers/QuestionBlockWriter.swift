/// Rewrites only the `questions:` block of an assessment file, leaving every other byte (comments, key
/// order, blank lines) as it was. Used by `tapform pull` and `tapform generate`.
///
/// - A `questions:` key is replaced, from its line to its last content line (comments inside the block go
///   with it; blank lines and column-1 comments after it stay).
/// - Otherwise a `generate:` key is replaced by the questions (the questions now live in the file).
/// - Otherwise the block is added at the end of the file.
/// The questions are written as a plain list (`- text: ...`), replacing any `{append/prepend}` form, with
/// the file's line endings (CRLF when its first line ends in CRLF).
public enum QuestionBlockWriter {
    public enum Action: Sendable, Hashable {
        case replacedQuestions
        case replacedGenerate
        case appended
    }

    public struct Output: Sendable, Hashable {
        public var text: String
        public var action: Action
    }

    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file does not parse, or its top level is not a mapping.
        case unreadable([Diagnostic])
        /// The top level is a flow mapping (`{...}`) or keys share lines: it cannot be rewritten in place.
        case notBlockMapping

        public var description: String {
            switch self {
            case .unreadable(let diagnostics):
                "the file cannot be read: " + (diagnostics.first.map { "\($0.line):\($0.column): \($0.message)" } ?? "")
            case .notBlockMapping:
                "the file's top level is not a block mapping; questions cannot be rewritten in place"
            }
        }
    }

    public static func replaceQuestions(in text: String, with questions: [QuestionValues],
                                        file: String = "file.yaml") -> Result<Output, Failure> {
        let sink = DiagnosticSink()
        guard let root = YAMLDocument.parse(text: text, file: file, into: sink).root, !sink.diagnostics.hasErrors else {
            return .failure(.unreadable(sink.diagnostics.sortedUnique()))
        }
        guard TopLevelBlocks.isBlockMapping(root) else { return .failure(.notBlockMapping) }
        let blocks = TopLevelBlocks(text: text)
        let bytes = blocks.bytes
        let crlf = blocks.usesCRLF
        var newBlock = Array(QuestionListWriter.block(questions).utf8)
        if crlf { newBlock = newBlock.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }
        if let range = blocks.range(of: AssessmentFields.questions.key, in: root) {
            return .success(Output(text: splice(bytes, range.bytes, newBlock), action: .replacedQuestions))
        }
        if let range = blocks.range(of: AssessmentFields.generate.key, in: root) {
            return .success(Output(text: splice(bytes, range.bytes, newBlock), action: .replacedGenerate))
        }
        var appended = bytes
        if let last = appended.last, last != 0x0A { appended += crlf ? [0x0D, 0x0A] : [0x0A] }
        appended += newBlock
        return .success(Output(text: String(decoding: appended, as: UTF8.self), action: .appended))
    }

    private static func splice(_ bytes: [UInt8], _ range: Range<Int>, _ replacement: [UInt8]) -> String {
        var out = Array(bytes[..<range.lowerBound])
        out += replacement
        // A block that ran to the end of a file without a final newline: the replacement brings its own.
        out += bytes[range.upperBound...]
        return String(decoding: out, as: UTF8.self)
    }
}
