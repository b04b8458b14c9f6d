/// A word-level diff of two texts, for showing what an edit changed.
///
/// Texts are split into tokens: words (letters, digits and their combining marks), runs of white space,
/// and single other characters (punctuation, symbols, emoji). Scripts written without spaces (Chinese,
/// Japanese, Thai, Lao, Khmer, Myanmar) fall back to one token a character. The tokens of the two texts are
/// aligned along a longest common subsequence; white space alone between two changes joins them, so that
/// a rewritten phrase reads as one change, not as a word-by-word interleaving.
/// Cost: O(n + m) for the common prefix and suffix, O(n·m) on the differing middle up to
/// `alignmentCellLimit` cells; a larger middle is shown as one change (still exact, only coarser).
struct WordDiff: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        /// Text in both.
        case same(String)
        /// `old` replaced by `new`; one of them may be empty (an insertion or a deletion).
        case change(old: String, new: String)
    }

    var parts: [Part]

    /// The largest alignment table computed (about 16 MB of 4-byte cells).
    static let alignmentCellLimit = 4_000_000

    init(old: String, new: String) {
        parts = Self.diff(Self.tokens(of: old), Self.tokens(of: new))
    }

    /// The old text, rebuilt from the parts.
    var old: String {
        parts.map { part in
            switch part {
            case .same(let text): text
            case .change(let old, _): old
            }
        }.joined()
    }

    /// The new text, rebuilt from the parts.
    var new: String {
        parts.map { part in
            switch part {
            case .same(let text): text
            case .change(_, let new): new
            }
        }.joined()
    }

    /// True when the texts share at least one word (not only white space or punctuation): when they do
    /// not, the change is a replacement and reads better as old → new.
    var sharesWords: Bool {
        parts.contains { part in
            guard case .same(let text) = part else { return false }
            return text.contains { $0.isLetter || $0.isNumber }
        }
    }

    // MARK: Tokens

    private enum Class: Equatable { case word, space, single }

    static func tokens(of text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start = text.startIndex
        var previous: Class?
        for index in text.indices {
            let kind = characterClass(text[index])
            if index > start && (kind != previous || kind == .single) {
                tokens.append(text[start..<index])
                start = index
            }
            previous = kind
        }
        if start < text.endIndex { tokens.append(text[start...]) }
        return tokens
    }

    private static func characterClass(_ character: Character) -> Class {
        if character.isWhitespace { return .space }
        if isWrittenWithoutSpaces(character) { return .single }
        return character.isLetter || character.isNumber ? .word : .single
    }

    /// Scripts that do not separate words by spaces: a word diff falls back to characters there.
    static func isWrittenWithoutSpaces(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return switch scalar.value {
        case 0x0E00...0x0EFF,          // Thai, Lao
             0x1000...0x109F,          // Myanmar
             0x1780...0x17FF,          // Khmer
             0x2E80...0x2FDF,          // CJK radicals
             0x3000...0x303F,          // CJK symbols and punctuation
             0x3040...0x30FF,          // Hiragana, Katakana
             0x31F0...0x31FF,          // Katakana extensions
             0x3400...0x4DBF,          // CJK extension A
             0x4E00...0x9FFF,          // CJK unified ideographs
             0xF900...0xFAFF,          // CJK compatibility ideographs
             0xFF00...0xFFEF,          // half- and full-width forms
             0x20000...0x3FFFF:        // CJK extensions B and later
            true
        default:
            false
        }
    }

    // MARK: Alignment

    private enum Edit { case same, removed, added }

    private static func diff(_ a: [Substring], _ b: [Substring]) -> [Part] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let midA = a[prefix..<(a.count - suffix)], midB = b[prefix..<(b.count - suffix)]
        var edits: [(Edit, Substring)] = a[..<prefix].map { (.same, $0) }
        edits += align(Array(midA), Array(midB))
        edits += a[(a.count - suffix)...].map { (.same, $0) }
        return parts(joiningSpaceBetweenChanges(startingChangesAtWords(edits)))
    }

    /// The middle's edits along a longest common subsequence, removals before additions in each change.
    private static func align(_ a: [Substring], _ b: [Substring]) -> [(Edit, Substring)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0, (n + 1) * (m + 1) <= alignmentCellLimit else {
            return a.map { (.removed, $0) } + b.map { (.added, $0) }
        }
        // Tokens as integers, for the common subsequence.
        var ids: [Substring: Int] = [:]
        func id(_ token: Substring) -> Int {
            if let known = ids[token] { return known }
            ids[token] = ids.count
            return ids.count - 1
        }
        var edits: [(Edit, Substring)] = []
        var i = 0, j = 0
        for (x, y) in SequenceAlgorithms.longestCommonSubsequence(a.map(id), b.map(id)) + [(n, m)] {
            while i < x { edits.append((.removed, a[i])); i += 1 }
            while j < y { edits.append((.added, b[j])); j += 1 }
            if x < n {
                edits.append((.same, a[x]))
                i += 1
                j += 1
            }
        }
        return edits
    }

    /// An insertion or deletion that starts with white space equal to the text after it slides over it,
    /// so that it starts at a word: `Sie {+konkret +}vor`, not `Sie{+ konkret+} vor`. The texts stay
    /// the same; where the alignment put the change does not matter.
    private static func startingChangesAtWords(_ edits: [(Edit, Substring)]) -> [(Edit, Substring)] {
        var result = edits
        var start = 0
        while start < result.count {
            let kind = result[start].0
            var end = start
            while end < result.count, result[end].0 == kind { end += 1 }
            let alone = kind != .same && (start == 0 || result[start - 1].0 == .same) && (end == result.count || result[end].0 == .same)
            guard alone else {
                start = end
                continue
            }
            while end < result.count, result[end].0 == .same, result[end].1 == result[start].1,
                  result[start].1.first?.isWhitespace == true {
                result[start].0 = .same
                result[end].0 = kind
                start += 1
                end += 1
            }
            start = end
        }
        return result
    }

    /// Unchanged white space with changes on both sides becomes part of the change.
    private static func joiningSpaceBetweenChanges(_ edits: [(Edit, Substring)]) -> [(Edit, Substring)] {
        var result = edits
        var index = 0
        while index < result.count {
            guard result[index].0 == .same else {
                index += 1
                continue
            }
            var end = index
            while end < result.count, result[end].0 == .same { end += 1 }
            let run = result[index..<end]
            let isFiller = run.allSatisfy { $0.1.allSatisfy(\.isWhitespace) }
            if isFiller, index > 0, end < result.count {
                let filler = Array(run)
                result.replaceSubrange(index..<end, with: filler.map { (.removed, $0.1) } + filler.map { (.added, $0.1) })
                index += filler.count * 2
            } else {
                index = end
            }
        }
        return result
    }

    /// Runs of edits as parts: each change gathers its removals and additions.
    private static func parts(_ edits: [(Edit, Substring)]) -> [Part] {
        var parts: [Part] = []
        var same = "", old = "", new = ""
        func flushChange() {
            if !old.isEmpty || !new.isEmpty { parts.append(.change(old: old, new: new)) }
            old = ""
            new = ""
        }
        for (edit, token) in edits {
            switch edit {
            case .same:
                flushChange()
                same += token
            case .removed, .added:
                if !same.isEmpty {
                    parts.append(.same(same))
                    same = ""
                }
                if edit == .removed { old += token } else { new += token }
            }
        }
        flushChange()
        if !same.isEmpty { parts.append(.same(same)) }
        return parts
    }
}
