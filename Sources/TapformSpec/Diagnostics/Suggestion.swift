/// "Did you mean" suggestions for misspelt keys, enum values and names.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo: the same ignoring case,
    /// a prefix of at least 4 characters either way, or within an edit distance of about a third of its length.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        if let same = candidates.first(where: { $0.lowercased() == lower }) { return same }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            let limit = max(1, min(lower.count, other.count) / 3)
            let distance = editDistance(lower, other, limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        if let best { return best.name }
        if lower.count >= 4, let prefixed = candidates.first(where: {
            let other = $0.lowercased()
            return other.hasPrefix(lower) || (other.count >= 4 && lower.hasPrefix(other))
        }) {
            return prefixed
        }
        return nil
    }

    /// `did you mean "x"?` or nil.
    static func hint(for word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map { "did you mean \"\($0)\"?" }
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
