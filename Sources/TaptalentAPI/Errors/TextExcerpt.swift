/// Input echoed back in a message (a header name, a setting's value, a server's text) is cut to a
/// declared length, so that a 5 MB value cannot bury the message that names it.
public enum TextExcerpt {
    /// The most characters of one echoed value.
    public static let maxCharacters = 120

    /// `text`, or its first `maxCharacters` characters followed by `…(N characters)` naming its length.
    public static func short(_ text: String) -> String {
        guard text.count > maxCharacters else { return text }
        return String(text.prefix(maxCharacters)) + "…(\(text.count) characters)"
    }
}
