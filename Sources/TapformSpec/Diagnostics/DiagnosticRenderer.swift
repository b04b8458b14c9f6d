/// Turns diagnostics into text for people (`human`) and GitHub Actions (`github`); tools read the JSON
/// of `validate --format json` (TapformKit's `ValidateReport`).
/// Every renderer sorts its input by file and position first.
public enum DiagnosticRenderer {
    /// Counts of a diagnostic list.
    public struct Summary: Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
        /// Files with at least one problem.
        public var files: Int

        public init(_ diagnostics: [Diagnostic]) {
            errors = diagnostics.filter(\.isError).count
            warnings = diagnostics.count - errors
            files = Set(diagnostics.map(\.file)).count
        }
    }

    /// `2 errors and 1 warning in 2 files`, or `no problems`.
    public static func summaryLine(_ diagnostics: [Diagnostic]) -> String {
        let summary = Summary(diagnostics)
        if summary.errors == 0 && summary.warnings == 0 { return "no problems" }
        let errors = plural(summary.errors, "error")
        let warnings = plural(summary.warnings, "warning")
        return "\(errors) and \(warnings) in \(plural(summary.files, "file"))"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// `path:line:col`, or `path` alone when the line is unknown.
    static func position(_ diagnostic: Diagnostic) -> String {
        guard diagnostic.line > 0 else { return diagnostic.file }
        return "\(diagnostic.file):\(diagnostic.line):\(max(diagnostic.column, 1))"
    }
}
