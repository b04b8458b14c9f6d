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

    /// `text` on one line, cut to at most `columns` terminal columns (the last one an ellipsis when cut).
    static func clip(_ text: String, toColumns limit: Int) -> String {
        let line = singleLine(text)
        guard displayWidth(line) > limit else { return line }
        var result = "", used = 0
        for character in line {
            used += columns(character)
            if used > limit - 1 { break }
            result.append(character)
        }
        return result.trimmingTrailingSpaces + "…"
    }

    /// Terminal columns `text` takes: 2 for a wide character (East Asian wide or full-width, an emoji
    /// shown as a picture), 1 for any other; combining marks belong to their character.
    static func displayWidth(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns($1) }
    }

    private static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
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
