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

/// Matches desired questions to remote ones, over the whole lists whatever moves:
/// 1. identical questions (text, time limit and ideal answer equal after normalising), along a longest
///    common subsequence of the two lists, so that as many as possible keep their relative order;
///    identical questions left over (reordered) pair up in list order and become moves. An unchanged
///    question is never paired with another question: as many identical questions pair as exist;
/// 2. questions left over with the same text (only time limit or ideal answer changed) pair up in list
///    order: updates, with a move when needed;
/// 3. the questions left over pair by text similarity (`TextSimilarity`) in one assignment over both
///    whole lists: as many pairs as possible, then the most similar, then the closest in position.
///    These become updates (a move rides on the update).
/// Everything else is deleted or created. With steps 1–3, deletes + creates + updates + moves is the
/// fewest possible once identical and same-text questions keep their identity (the step builder keeps
/// the unchanged questions of a longest order-keeping chain in place).
/// Cost: O(n) when the lists are equal; otherwise O(n·m) for the common subsequence and O(k²·l) for the
/// assignment over the k ≤ l questions left over.
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

        let leftRemote = remote.indices.filter { remoteMatch[$0] == nil }
        let leftDesired = desired.indices.filter { !desiredMatched[$0] }
        for (r, d) in pairSimilar(remote, leftRemote, desired, leftDesired) {
            remoteMatch[r] = d
            desiredMatched[d] = true
            pairs.append(.init(remote: r, desired: d, identical: false))
        }

        pairs.sort { $0.remote < $1.remote }
        return QuestionMatching(
            pairs: pairs,
            deletes: remote.indices.filter { remoteMatch[$0] == nil },
            creates: desired.indices.filter { !desiredMatched[$0] })
    }

    /// Unmatched questions with equal keys, paired in list order.
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

    /// Step 3: the assignment of similar questions among `remoteIndices` and `desiredIndices`. Returns
    /// `(remote, desired)` index pairs into the full lists.
    private static func pairSimilar(
        _ remote: [QuestionContent], _ remoteIndices: [Int], _ desired: [QuestionContent], _ desiredIndices: [Int]
    ) -> [(Int, Int)] {
        guard !remoteIndices.isEmpty && !desiredIndices.isEmpty else { return [] }
        let remoteWords = remoteIndices.map { TextSimilarity.words(of: remote[$0].text) }
        let desiredWords = desiredIndices.map { TextSimilarity.words(of: desired[$0].text) }
        // A pair's weight: a base that makes one more pair outweigh any similarity or closeness, then the
        // similarity (0...999), then closeness of the positions (0...closenessSpan - 1) as a tie-break.
        let closenessSpan = 128
        let pairMaximum = 1_000 * closenessSpan
        let base = pairMaximum * (min(remoteIndices.count, desiredIndices.count) + 1)
        let pairs = Assignment.maximumWeight(rows: remoteIndices.count, columns: desiredIndices.count) { i, j in
            let (a, b) = (remoteWords[i].count, desiredWords[j].count)
            // |A ∩ B| / |A ∪ B| ≤ min / max: skip pairs that cannot reach the threshold.
            if Double(min(a, b)) < TextSimilarity.threshold * Double(max(a, b)) { return 0 }
            let index = TextSimilarity.jaccard(remoteWords[i], desiredWords[j])
            guard index >= TextSimilarity.threshold else { return 0 }
            let distance = abs(remoteIndices[i] - desiredIndices[j])
            return base + Int(index * 999) * closenessSpan + max(0, closenessSpan - 1 - distance)
        }
        return pairs.map { (remoteIndices[$0.row], desiredIndices[$0.column]) }
    }
}
