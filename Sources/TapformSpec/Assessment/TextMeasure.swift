/// Trimming and measuring strings the way the contract's length rules do ("after trimming"), without
/// Foundation's CharacterSet trimming, which dominates validation time on Linux.
enum TextMeasure {
    /// Unicode White_Space (spaces, tabs, line breaks, NBSP, ...).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    static func trimmed(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return Substring(scalars[start...end])
    }

    /// Length in characters (grapheme clusters) after trimming.
    static func trimmedLength(_ text: String) -> Int { trimmed(text).count }

    /// Trimmed and lower-cased, for "the same ignoring case" comparisons.
    static func folded(_ text: String) -> String { trimmed(text).lowercased() }
}
