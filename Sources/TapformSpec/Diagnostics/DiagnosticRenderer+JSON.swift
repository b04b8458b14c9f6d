import Foundation

extension DiagnosticRenderer {
    /// The version of the `--format json` document; bumped only on incompatible changes.
    public static let jsonFormatVersion = 1

    /// One JSON document: `{"formatVersion":1,"diagnostics":[...],"summary":{"errors":..,"warnings":..,"files":..}}`.
    /// Each diagnostic has `severity`, `code`, `message`, `file`, `line`, `column` and, when present, `hint`.
    /// Keys are sorted so the output is stable.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedUnique()
        let summary = Summary(sorted)
        let items: [[String: Any]] = sorted.map { diagnostic in
            var item: [String: Any] = [
                "severity": diagnostic.severity.rawValue, "code": diagnostic.code.rawValue,
                "message": diagnostic.message, "file": diagnostic.file,
                "line": diagnostic.line, "column": diagnostic.column,
            ]
            if let hint = diagnostic.hint { item["hint"] = hint }
            return item
        }
        let document: [String: Any] = [
            "formatVersion": jsonFormatVersion,
            "diagnostics": items,
            "summary": ["errors": summary.errors, "warnings": summary.warnings, "files": summary.files],
        ]
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: options) else {
            return "{\"formatVersion\":\(jsonFormatVersion),\"diagnostics\":[],\"summary\":{}}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
