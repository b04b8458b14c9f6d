/// Longest common subsequence and heaviest increasing subsequence, on small integer sequences.
enum SequenceAlgorithms {
    /// Index pairs `(i, j)` with `a[i] == b[j]` forming a longest common subsequence, increasing in both.
    /// Common prefix and suffix are matched without the table, so equal lists cost O(n);
    /// otherwise O(n·m) time and space on the differing middle.
    static func longestCommonSubsequence(_ a: [Int], _ b: [Int]) -> [(Int, Int)] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var pairs = (0..<prefix).map { ($0, $0) }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        if !midA.isEmpty && !midB.isEmpty {
            pairs += middleLCS(midA, midB).map { ($0.0 + prefix, $0.1 + prefix) }
        }
        pairs += (0..<suffix).map { (a.count - suffix + $0, b.count - suffix + $0) }
        return pairs
    }

    private static func middleLCS(_ a: [Int], _ b: [Int]) -> [(Int, Int)] {
        let n = a.count, m = b.count
        // lengths[i * (m + 1) + j] = LCS length of a[i...] and b[j...].
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = a[i] == b[j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// Positions in `values` (distinct, non-negative) of a strictly increasing subsequence with the
    /// largest total of `weights` (positive); among equals, the one found first. O(n log n).
    static func heaviestIncreasingSubsequence(_ values: [Int], weights: [Int]) -> [Int] {
        let size = (values.max() ?? -1) + 1
        // A Fenwick tree of prefix maxima: tree[k] covers values below k; entries are (total, position).
        var tree = [(total: Int, position: Int)](repeating: (0, -1), count: size + 1)
        var previous = [Int](repeating: -1, count: values.count)
        var best = (total: 0, position: -1)
        for (position, value) in values.enumerated() {
            var before = (total: 0, position: -1)
            var k = value
            while k > 0 {
                if tree[k].total > before.total { before = tree[k] }
                k -= k & -k
            }
            previous[position] = before.position
            let entry = (total: before.total + weights[position], position: position)
            k = value + 1
            while k <= size {
                if entry.total > tree[k].total { tree[k] = entry }
                k += k & -k
            }
            if entry.total > best.total { best = entry }
        }
        var result: [Int] = []
        var position = best.position
        while position >= 0 {
            result.append(position)
            position = previous[position]
        }
        return result.reversed()
    }
}
