/// Runs work on many items with a bounded number in flight: a task group fed through a sliding window.
enum BoundedConcurrency {
    /// Calls `body` on every item, at most `limit` at a time, and returns the results in input order.
    /// The first error cancels the rest and is thrown.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], limit: Int, _ body: @escaping @Sendable (Item) async throws -> Result
    ) async throws -> [Result] {
        guard !items.isEmpty else { return [] }
        return try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            func launch() {
                let index = next
                let item = items[index]
                group.addTask { (index, try await body(item)) }
                next += 1
            }
            while next < min(max(1, limit), items.count) { launch() }
            while let (index, result) = try await group.next() {
                results[index] = result
                if next < items.count { launch() }
            }
            return results.map { $0! }
        }
    }
}
