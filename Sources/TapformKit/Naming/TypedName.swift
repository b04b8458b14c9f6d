import TapformPlan
import TapformSpec

/// A name typed on the command line, compared the way a person means it: the example names use "—",
/// which nobody types, so dash variants, quote variants and runs of white space count as equal.
/// Case still counts (the account may hold "Screen" and "screen"); a name that differs only in case is
/// offered as a suggestion.
struct TypedName: Sendable, Hashable, CustomStringConvertible {
    /// What was typed, trimmed and NFC (`TextNormalizer`).
    let exact: String
    /// `exact` with every dash variant (and a run of them, `--`) as "-", every quote variant as "'", and
    /// every run of white space as one space.
    let lenient: String

    init(_ text: String) {
        exact = TextNormalizer.normalize(text)
        lenient = Self.lenientKey(exact)
    }

    var description: String { exact }

    /// Dashes: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus.
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]
    /// Quotes: straight, curly single and double, low-9 and prime forms.
    static let quotes: Set<Unicode.Scalar> = [
        "'", "\"", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}",
        "\u{2032}", "\u{2033}", "`", "\u{00B4}",
    ]

    static func lenientKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let folded: Unicode.Scalar
            if dashes.contains(scalar) { folded = "-" }
            else if quotes.contains(scalar) { folded = "'" }
            else if scalar.properties.isWhitespace { folded = " " }
            else { folded = scalar }
            if (folded == " " || folded == "-") && previous == folded { continue }
            out.append(folded)
            previous = folded
        }
        return String(out)
    }

    /// What `name` picks among `items`: the items whose name equals it exactly when there are any, else those
    /// equal to it leniently. One rule for every command: one item is the answer, several are ambiguous.
    func matches<T>(in items: [T], name: (T) -> String) -> [T] {
        let exactHits = items.filter { TextNormalizer.normalize(name($0)) == exact }
        if !exactHits.isEmpty { return exactHits }
        return items.filter { Self.lenientKey(TextNormalizer.normalize(name($0))) == lenient }
    }

    /// The candidate closest to this name (a likely typo, or a difference of case), for "did you mean".
    func closest(in candidates: [String]) -> String? {
        var byKey: [String: String] = [:]
        for candidate in candidates {
            let key = Self.lenientKey(TextNormalizer.normalize(candidate))
            if byKey[key] == nil { byKey[key] = candidate }
        }
        return Suggestion.closest(to: lenient, in: Array(byKey.keys).sorted()).flatMap { byKey[$0] }
    }
}
