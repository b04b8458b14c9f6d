import Foundation

/// The normal form of a piece of text (docs/architecture.md, step 3): surrounding white space trimmed, Unicode NFC.
/// Inner white space and case are kept: they are what the candidate hears and reads.
public enum TextNormalizer {
    /// Trimmed and NFC.
    public static func normalize(_ text: String) -> String {
        let trimmed = trim(text)
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return trimmed }
        return trimmed.precomposedStringWithCanonicalMapping
    }

    /// Normalized, with an empty result read as absent.
    public static func normalizeOptional(_ text: String?) -> String? {
        guard let text else { return nil }
        let normalized = normalize(text)
        return normalized.isEmpty ? nil : normalized
    }

    /// Removes leading and trailing Unicode white space (spaces, tabs, line breaks, NBSP, ...).
    public static func trim(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last,
           (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
