import Foundation

/// Splits a single full-name cell into first and last name.
///
/// `Last, First` (one comma) is read as last name then first name; otherwise the first word is the
/// first name and the rest the last name (`Ludwig van Beethoven` → `Ludwig` / `van Beethoven`). A single
/// word is a first name only.
public enum NameSplitter {
    public static func split(_ fullName: String) -> (first: String?, last: String?) {
        let trimmed = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        let commaParts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
        if commaParts.count == 2 {
            return (nonEmpty(commaParts[1]), nonEmpty(commaParts[0]))
        }
        guard let space = trimmed.firstIndex(where: \.isWhitespace) else { return (nonEmpty(trimmed[...]), nil) }
        return (nonEmpty(trimmed[..<space]), nonEmpty(trimmed[space...]))
    }

    private static func nonEmpty(_ part: Substring) -> String? {
        let text = part.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
