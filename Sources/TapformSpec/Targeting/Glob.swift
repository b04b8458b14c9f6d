/// A name pattern: `*` matches any run of characters (also none), `?` exactly one character; everything
/// else matches itself, case-sensitively. There is no escaping and no character classes. Matching works on
/// Characters and takes time proportional to name length times pattern length at worst.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let tokens: [Character]

    public init(_ pattern: String) {
        self.pattern = pattern
        tokens = Array(pattern)
    }

    public var description: String { pattern }

    public func matches(_ name: String) -> Bool {
        let text = Array(name)
        var t = 0, p = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < tokens.count && (tokens[p] == "?" || (tokens[p] != "*" && tokens[p] == text[t])) {
                t += 1; p += 1
            } else if p < tokens.count && tokens[p] == "*" {
                starP = p; starT = t; p += 1
            } else if starP >= 0 {
                p = starP + 1; starT += 1; t = starT
            } else {
                return false
            }
        }
        while p < tokens.count && tokens[p] == "*" { p += 1 }
        return p == tokens.count
    }
}
