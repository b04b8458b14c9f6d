extension DiagnosticRenderer {
    /// How many errors, and separately warnings, become GitHub annotations; the rest are counted.
    public static let githubAnnotationLimit = 10

    /// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=CODE::message` (hint appended on a
    /// new annotation line), at most 10 errors and 10 warnings, then one plain line counting the rest.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var shown: [Diagnostic.Severity: Int] = [:]
        var hidden: [Diagnostic.Severity: Int] = [:]
        for diagnostic in diagnostics.sortedUnique() {
            let severity = diagnostic.severity
            guard shown[severity, default: 0] < githubAnnotationLimit else {
                hidden[severity, default: 0] += 1
                continue
            }
            shown[severity, default: 0] += 1
            var properties = ["file=\(escapeProperty(diagnostic.file))"]
            if diagnostic.line > 0 {
                properties.append("line=\(diagnostic.line)")
                properties.append("col=\(max(diagnostic.column, 1))")
            }
            properties.append("title=\(escapeProperty(diagnostic.code.rawValue))")
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
            out += "::\(severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        let moreErrors = hidden[.error, default: 0], moreWarnings = hidden[.warning, default: 0]
        if moreErrors + moreWarnings > 0 {
            out += "... and \(plural(moreErrors, "more error")) and \(plural(moreWarnings, "more warning"))"
            out += " not annotated (run tapform validate to see all)\n"
        }
        return out
    }

    static func escapeData(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    static func escapeProperty(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    /// Scalar by scalar, so that "\r\n" (one Character in Swift) is escaped too.
    private static func escape(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = table.first(where: { $0.0 == scalar })?.1 {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
