import Foundation

/// File names for imported assessments and flows: the name folded to lower-case ASCII letters and digits
/// joined by `-` (`Senior Backend Engineer — Screen` -> `senior-backend-engineer-screen`), at most 60
/// characters.
enum FileSlug {
    static let maxLength = 60

    /// - Parameter fallback: the prefix used when nothing of the name survives folding (a name in a
    ///   non-Latin script, say): the slug is then `<fallback>-<id>` (`assessment-a1b2`, `flow-12`).
    static func slug(_ name: String, id: String, fallback: String = "assessment") -> String {
        let named = fold(name)
        if !named.isEmpty { return named }
        let identifier = fold(id)
        return identifier.isEmpty ? fallback : "\(fallback)-\(identifier)"
    }

    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let isWordCharacter = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if isWordCharacter {
                let dash = pendingDash && !out.isEmpty
                if out.count + (dash ? 2 : 1) > maxLength { break }
                if dash { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
