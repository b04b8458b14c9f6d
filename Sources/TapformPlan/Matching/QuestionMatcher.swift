/// Which remote question each desired question is, by content (questions have no stable remote key).
public struct QuestionMatching: Sendable, Hashable {
    public struct Pair: Sendable, Hashable {
        /// Index in the remote list (remote order).
        public var remote: Int
        /// Index in the desired list.
        public var desired: Int
        /// True when all fields are equal; false for an edited question.
        public var identical: Bool
    }

    /// Pairs, sorted by remote index.
    public var pairs: [Pair]
    /// Remote indices no desired question matches.
    public var deletes: [Int]
    /// Desired indices no remote question matches.
    public var creates: [Int]
}

/// Matches desired questions to remote ones (DESIGN.md section 4):
/// 1. identical questions (text, time limit and ideal answer equal after normalising), along a longest
///    common subsequence of the two lists, so that questions in the same relative order keep their
///    identity; duplicate texts pair up in order;
/// 2. identical questions left over (reordered) pair up in list order: they become moves; then questions
///    left over with the same text (only time limit or ideal answer changed) pair up the same way,
///    wherever they are: they become updates, with a move when needed;
/// 3. between consecutive pairs of step 1, the remaining questions pair in place when similar enough
///    (`TextSimilarity`): an alignment that keeps order and pairs as many as possible, the most similar
///    first. These become updates.
/// Everything else is deleted or created. Cost: O(n·m) on the lists' differing middle, O(n) when equal.
public enum QuestionMatcher {
    public static func match(remote: [QuestionContent], desired: [QuestionContent]) -> QuestionMatching {
        var keys: [QuestionContent: Int] = [:]
        func key(_ content: QuestionContent) -> Int {
            if let known = keys[content] { return known }
            keys[content] = keys.count
            return keys.count - 1
        }
        let remoteKeys = remote.map(key)
        let desiredKeys = desired.map(key)

        var remoteMatch = [Int?](repeating: nil, count: remote.count)
        var desiredMatched = [Bool](repeating: false, count: desired.count)
        var pairs: [QuestionMatching.Pair] = []

        let anchors = SequenceAlgorithms.longestCommonSubsequence(remoteKeys, desiredKeys)
        for (r, d) in anchors {
            remoteMatch[r] = d
            desiredMatched[d] = true
            pairs.append(.init(remote: r, desired: d, identical: true))
        }
        if anchors.count == remote.count && anchors.count == desired.count {
            return QuestionMatching(pairs: pairs, deletes: [], creates: [])
        }

        pairReordered(remoteKeys, desiredKeys, identical: true, &remoteMatch, &desiredMatched, &pairs)
        var texts: [String: Int] = [:]
        func textKey(_ content: QuestionContent) -> Int {
            if let known = texts[content.text] { return known }
            texts[content.text] = texts.count
            return texts.count - 1
        }
        pairReordered(remote.map(textKey), desired.map(textKey), identical: false, &remoteMatch, &desiredMatched, &pairs)
        var previous = (-1, -1)
        for boundary in anchors + [(remote.count, desired.count)] {
            let gapRemote = ((previous.0 + 1)..<boundary.0).filter { remoteMatch[$0] == nil }
            let gapDesired = ((previous.1 + 1)..<boundary.1).filter { !desiredMatched[$0] }
            if !gapRemote.isEmpty && !gapDesired.isEmpty {
                for (r, d) in alignSimilar(gapRemote.map { remote[$0] }, gapDesired.map { desired[$0] }) {
                    remoteMatch[gapRemote[r]] = gapDesired[d]
                    desiredMatched[gapDesired[d]] = true
                    pairs.append(.init(remote: gapRemote[r], desired: gapDesired[d], identical: false))
                }
            }
            previous = boundary
        }

        pairs.sort { $0.remote < $1.remote }
        return QuestionMatching(
            pairs: pairs,
            deletes: remote.indices.filter { remoteMatch[$0] == nil },
            creates: desired.indices.filter { !desiredMatched[$0] })
    }

    /// Step 2: unmatched questions with equal keys, paired in list order.
    private static func pairReordered(
        _ remoteKeys: [Int], _ desiredKeys: [Int], identical: Bool, _ remoteMatch: inout [Int?], _ desiredMatched: inout [Bool],
        _ pairs: inout [QuestionMatching.Pair]
    ) {
        var waiting: [Int: [Int]] = [:]
        for d in desiredKeys.indices.reversed() where !desiredMatched[d] {
            waiting[desiredKeys[d], default: []].append(d)
        }
        guard !waiting.isEmpty else { return }
        for r in remoteKeys.indices where remoteMatch[r] == nil {
            guard let d = waiting[remoteKeys[r]]?.popLast() else { continue }
            remoteMatch[r] = d
            desiredMatched[d] = true
            pairs.append(.init(remote: r, desired: d, identical: identical))
        }
    }

    /// Step 3: an order-keeping alignment of similar questions maximising the number of pairs, then the
    /// total similarity. Returns index pairs into the two gap lists.
    private static func alignSimilar(
        _ remote: [QuestionContent], _ desired: [QuestionContent]
    ) -> [(Int, Int)] {
        let remoteWords = remote.map { TextSimilarity.words(of: $0.text) }
        let desiredWords = desired.map { TextSimilarity.words(of: $0.text) }
        let n = remote.count, m = desired.count
        func score(_ r: Int, _ d: Int) -> Int {
            if remote[r].text == desired[d].text { return 2_000 }
            let (a, b) = (remoteWords[r].count, desiredWords[d].count)
            // |A ∩ B| / |A ∪ B| ≤ min / max: skip pairs that cannot reach the threshold.
            if Double(min(a, b)) < TextSimilarity.threshold * Double(max(a, b)) { return 0 }
            let index = TextSimilarity.jaccard(remoteWords[r], desiredWords[d])
            return index >= TextSimilarity.threshold ? 1_000 + Int(index * 999) : 0
        }
        // best[i * (m + 1) + j]: best total for remote[i...] and desired[j...].
        var best = [Int](repeating: 0, count: (n + 1) * (m + 1))
        var scores = [Int](repeating: 0, count: n * m)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let pairScore = score(i, j)
                scores[i * m + j] = pairScore
                let take = pairScore > 0 ? pairScore + best[(i + 1) * (m + 1) + j + 1] : 0
                best[i * (m + 1) + j] = max(take, best[(i + 1) * (m + 1) + j], best[i * (m + 1) + j + 1])
            }
        }
        var result: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            let pairScore = scores[i * m + j]
            if pairScore > 0 && best[i * (m + 1) + j] == pairScore + best[(i + 1) * (m + 1) + j + 1] {
                result.append((i, j))
                i += 1
                j += 1
            } else if best[(i + 1) * (m + 1) + j] >= best[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
