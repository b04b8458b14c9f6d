import TaptalentContract

/// Collects diagnostics while files are read; not shared across tasks.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    func append(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }

    /// Number of errors so far; compare before and after a step to know whether it failed.
    var errorCount: Int { diagnostics.reduce(0) { $0 + ($1.isError ? 1 : 0) } }
}
