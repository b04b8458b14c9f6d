/// Reads one file through a source and parses it, reporting every failure against the file.
enum FileReader {
    /// The parsed file (text and top-level mapping); `root` is nil when it could not be used.
    static func read(_ path: String, from source: SpecSource, into sink: DiagnosticSink) -> YAMLDocument.Parsed {
        switch source.read(path) {
        case .data(let data):
            return YAMLDocument.parse(data, file: path, into: sink)
        case .missing:
            sink.error(.unreadableFile, "file does not exist", file: path)
        case .escapes:
            sink.error(.pathEscape, "path resolves (through a symlink) outside the repository", file: path)
        case .tooLarge(let bytes):
            sink.error(.fileTooLarge,
                       "file is \(bytes) bytes; tapform reads files up to \(SpecLimits.maxFileBytes) bytes (1 MiB)",
                       at: .start(of: path))
        case .failed(let reason):
            sink.error(.unreadableFile, "file \(reason)", file: path)
        }
        return YAMLDocument.Parsed()
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
