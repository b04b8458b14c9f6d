import Foundation
import TaptalentContract

/// First and last names: trimmed, empty means absent, at most `WireLimits.candidateNameMaxLength` UTF-16
/// code units (the strictest count a server may apply to "characters"), and no control characters
/// (C0/C1 controls, line or paragraph separators, bidirectional overrides and isolates). Joiners
/// (U+200C, U+200D), which some scripts need, are allowed.
public enum NameRules {
    /// The trimmed name (nil when empty), or the reason it cannot be sent. `column` names the field in the reason.
    public static func check(_ raw: String?, column: String) -> Result<String?, RowProblem> {
        guard let raw else { return .success(nil) }
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return .success(nil) }
        if name.unicodeScalars.contains(where: isControl) {
            return .failure(.nameContainsControlCharacter(column: column))
        }
        let length = name.utf16.count
        guard length <= WireLimits.candidateNameMaxLength else { return .failure(.nameTooLong(column: column, length: length)) }
        return .success(name)
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }
}
