/// A maximum-weight assignment between two small sets (the Hungarian method with potentials).
enum Assignment {
    /// Pairs `(row, column)` of a matching that maximises the total weight, using only positive weights.
    /// `weight(row, column)` ≤ 0 means the two cannot pair. To maximise the number of pairs first, give
    /// every allowed pair a base larger than the sum of all other parts of the weights.
    /// Cost: O(k²·l) time and O(k·l) space for k = min(rows, columns), l = max(rows, columns).
    static func maximumWeight(rows: Int, columns: Int, weight: (Int, Int) -> Int) -> [(row: Int, column: Int)] {
        guard rows > 0, columns > 0 else { return [] }
        // The method needs rows ≤ columns: solve the transpose otherwise.
        let transposed = rows > columns
        let n = transposed ? columns : rows, m = transposed ? rows : columns
        var weights = [Int](repeating: 0, count: n * m)
        for i in 0..<n {
            for j in 0..<m {
                weights[i * m + j] = max(0, transposed ? weight(j, i) : weight(i, j))
            }
        }
        // Minimise cost = -weight over assignments of every row (1-based, index 0 is the virtual start).
        let infinity = Int.max / 4
        var u = [Int](repeating: 0, count: n + 1), v = [Int](repeating: 0, count: m + 1)
        var owner = [Int](repeating: 0, count: m + 1), way = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            owner[0] = i
            var j0 = 0
            var minimum = [Int](repeating: infinity, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[j0] = true
                let i0 = owner[j0]
                var delta = infinity, j1 = 0
                for j in 1...m where !used[j] {
                    let reduced = -weights[(i0 - 1) * m + j - 1] - u[i0] - v[j]
                    if reduced < minimum[j] {
                        minimum[j] = reduced
                        way[j] = j0
                    }
                    if minimum[j] < delta {
                        delta = minimum[j]
                        j1 = j
                    }
                }
                for j in 0...m {
                    if used[j] {
                        u[owner[j]] += delta
                        v[j] -= delta
                    } else {
                        minimum[j] -= delta
                    }
                }
                j0 = j1
            } while owner[j0] != 0
            repeat {
                let j1 = way[j0]
                owner[j0] = owner[j1]
                j0 = j1
            } while j0 != 0
        }
        var pairs: [(row: Int, column: Int)] = []
        for j in 1...m where owner[j] != 0 && weights[(owner[j] - 1) * m + j - 1] > 0 {
            pairs.append(transposed ? (j - 1, owner[j] - 1) : (owner[j] - 1, j - 1))
        }
        return pairs.sorted { $0.row < $1.row }
    }
}
