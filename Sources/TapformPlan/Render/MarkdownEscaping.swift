/// Makes user text inert in GitHub-flavoured Markdown and HTML: characters that start Markdown or HTML
/// syntax become numeric character references, which both render as the character itself, so a
/// question cannot open a tag, end a table cell, start a code span, mention a user or write maths.
enum MarkdownEscaping {
    private static let escaped: Set<Character> = [
        "&", "<", ">", "`", "*", "_", "[", "]", "\\", "|", "~", "@", "#", "!", "$",
    ]

    /// `text` on one line, cut to `limit` characters, then escaped.
    static func inline(_ text: String, limit: Int) -> String {
        escape(TextLayout.clip(text, to: limit))
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if escaped.contains(character), let scalar = character.unicodeScalars.first {
                result += "&#\(scalar.value);"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
