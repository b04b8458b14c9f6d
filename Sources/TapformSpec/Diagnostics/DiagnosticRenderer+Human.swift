extension DiagnosticRenderer {
    /// One line per diagnostic, `path:line:col: error: message [code]`, with a hint on the next line
    /// indented by two spaces (`  hint: did you mean "durationMinutes"?`). ANSI colour only when `color`
    /// is true; the caller decides (terminal, NO_COLOR). Ends with a newline unless empty.
    public static func human(_ diagnostics: [Diagnostic], color: Bool) -> String {
        var out = ""
        for diagnostic in diagnostics.sortedUnique() {
            let severity = diagnostic.severity.rawValue
            if color {
                let tint = diagnostic.isError ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
                out += "\u{1B}[1m\(position(diagnostic)):\u{1B}[0m \(tint)\(severity):\u{1B}[0m "
                out += "\(oneLine(diagnostic.message)) \u{1B}[2m[\(diagnostic.code)]\u{1B}[0m\n"
            } else {
                out += "\(position(diagnostic)): \(severity): \(oneLine(diagnostic.message)) [\(diagnostic.code)]\n"
            }
            if let hint = diagnostic.hint {
                out += color ? "  \u{1B}[36mhint:\u{1B}[0m \(oneLine(hint))\n" : "  hint: \(oneLine(hint))\n"
            }
        }
        return out
    }

    /// Messages may quote user text; keep each diagnostic on its line and strip terminal escapes.
    static func oneLine(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029: out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
