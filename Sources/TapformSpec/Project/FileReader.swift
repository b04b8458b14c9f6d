/// Reads one file through a source and parses it, reporting every failure against the file.
enum FileReader {
    /// The parsed file (text and top-level mapping); `root` is nil when it could not be used.
    static func read(_ path: String, from source: SpecSource, into sink: DiagnosticSink) -> YAMLDocument.Parsed {
        switch source.read(path) {
        case .data(let data):
            return YAMLDocument.parse(data, file: path, into: sink)
        case .failed(let problem):
            sink.error(problem)
            return YAMLDocument.Parsed()
        }
    }

    static func readMapping(_ path: String, from source: SpecSource, into sink: DiagnosticSink) -> YMapping? {
        read(path, from: source, into: sink).root
    }
}

extension DiagnosticSink {
    /// A problem with a whole file and no position in it.
    func error(_ code: DiagnosticCode, _ message: String, file: String, hint: String? = nil) {
        append(Diagnostic(.error, code, message, file: file, line: 0, column: 0, hint: hint))
    }
}
