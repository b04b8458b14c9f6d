/// Shapes user text for display on one line: line breaks and tabs become spaces, control and
/// bidirectional-override characters become visible `\u{...}` escapes (so a question cannot move the
/// cursor, recolour a terminal or reverse text), and long texts are cut with an ellipsis.
enum TextLayout {
    static func singleLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if isUnsafe(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` on one line, cut to at most `limit` characters (the last one an ellipsis when cut).
    static func clip(_ text: String, to limit: Int) -> String {
        let line = singleLine(text)
        guard line.count > limit else { return line }
        return String(line.prefix(max(limit - 1, 0))).trimmingTrailingSpaces + "…"
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true                     // C0, DEL, C1 (ESC, CSI, ...)
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional controls
        default: false
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// The number of UTF-16 code units: how GitHub counts a comment's length.
    var utf16Length: Int { utf16.count }
}
