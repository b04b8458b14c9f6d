/// Word-set similarity of two question texts, for pairing an edited question with its earlier version.
///
/// Rule: texts are split into words (runs of letters and digits, compared lower-case); the similarity is
/// the Jaccard index |A ∩ B| / |A ∪ B| of the two word sets. Two questions are similar enough to be one
/// question edited when their texts are equal (only time limit or ideal answer changed) or the index is
/// at least `threshold` (0.6). Rewording a few words of a question passes; a different question does not.
struct TextSimilarity {
    static let threshold = 0.6

    private var vocabulary: [Substring: Int] = [:]

    /// The sorted distinct word ids of `text`, interned in this instance's vocabulary.
    mutating func words(of text: String) -> [Int] {
        var ids: [Int] = []
        let lowered = text.lowercased()
        var start: String.Index?
        for index in lowered.indices {
            let isWordCharacter = lowered[index].isLetter || lowered[index].isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let wordStart = start {
                ids.append(intern(lowered[wordStart..<index]))
                start = nil
            }
        }
        if let wordStart = start { ids.append(intern(lowered[wordStart...])) }
        return Array(Set(ids)).sorted()
    }

    private mutating func intern(_ word: Substring) -> Int {
        if let id = vocabulary[word] { return id }
        let id = vocabulary.count
        vocabulary[word] = id
        return id
    }

    /// Jaccard index of two sorted distinct id lists; 1 when both are empty.
    static func jaccard(_ a: [Int], _ b: [Int]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
