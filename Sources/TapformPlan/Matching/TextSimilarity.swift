import TapformSupport

/// Word-set similarity of two question texts, for pairing an edited question with its earlier version.
///
/// Rule: texts are split into words (runs of letters and digits, compared lower-case); the similarity is
/// the Jaccard index |A ∩ B| / |A ∪ B| of the two word sets. Two questions are similar enough to be one
/// question edited when their texts are equal (only time limit or ideal answer changed) or the index is
/// at least `threshold` (0.6). Rewording a few words of a question passes; a different question does not.
struct TextSimilarity {
    static let threshold = 0.6

    /// The sorted distinct words of `text`, each as a 64-bit hash of its lower-case form.
    static func words(of text: String) -> [UInt64] {
        var ids: [UInt64] = []
        var hash = StableHash()
        var inWord = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A:
                hash.add(byte: UInt8(scalar.value))
                inWord = true
            case 0x41...0x5A:
                hash.add(byte: UInt8(scalar.value) | 0x20)
                inWord = true
            case 0x80... where scalar.properties.isAlphabetic || scalar.properties.numericType != nil:
                hash.add(bytes: scalar.properties.lowercaseMapping.utf8)
                inWord = true
            default:
                if inWord { ids.append(hash.value) }
                hash = StableHash()
                inWord = false
            }
        }
        if inWord { ids.append(hash.value) }
        ids.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(ids.count)
        for id in ids where distinct.last != id { distinct.append(id) }
        return distinct
    }

    /// Jaccard index of two sorted distinct id lists; 1 when both are empty.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
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
