/// Walks every page of a paginated list. Stops at the first empty page or once `total` distinct items
/// are collected; fails, rather than loop or return a partial list, when a server repeats a page or keeps
/// sending new items far past the total its first page reported (more than twice its pages, plus two).
///
/// The pages the first one announces (its total over `perPage`) are requested at once, at most
/// `window` ahead, since each costs a round trip and the client's concurrency limit admits them; their
/// items are taken in page order, so the result and the checks are those of a walk one page at a time.
/// Pages beyond the announced ones (a total that grew meanwhile) are then read one at a time.
struct Paginator<Item: Sendable> {
    /// One page: its items and the total the server reports.
    typealias Page = (items: [Item], total: Int)

    let perPage: Int
    let id: @Sendable (Item) -> String
    /// Used in error messages, e.g. `GET /assessment`.
    let request: (method: String, path: String)
    /// A bound on pages whatever the totals say.
    var hardPageLimit = 100_000
    /// The most announced pages requested ahead of the one being taken: what a total that overstates
    /// can cost in requests not needed.
    var window = 8

    func collect(_ fetch: @escaping @Sendable (Int) async throws -> Page) async throws -> [Item] {
        var walk = Walk(paginator: self)
        if try walk.take(try await fetch(1), page: 1) { return walk.items }
        let announced = min(walk.pageLimit, (max(walk.firstTotal, 0) + perPage - 1) / perPage)
        if announced >= 2, try await takeConcurrently(2...announced, into: &walk, fetch) { return walk.items }
        var page = max(announced, 1) + 1
        while !(try walk.take(try await fetch(page), page: page)) { page += 1 }
        return walk.items
    }

    /// Requests `pages` at most `window` ahead and takes them in order; true once the walk is done.
    private func takeConcurrently(
        _ pages: ClosedRange<Int>, into walk: inout Walk, _ fetch: @escaping @Sendable (Int) async throws -> Page
    ) async throws -> Bool {
        try await withThrowingTaskGroup(of: (Int, Page).self) { group in
            var next = pages.lowerBound
            func launch() {
                guard next <= pages.upperBound else { return }
                let page = next
                group.addTask { (page, try await fetch(page)) }
                next += 1
            }
            for _ in 0..<max(1, window) { launch() }
            var arrived: [Int: Page] = [:]
            var expected = pages.lowerBound
            while let (page, result) = try await group.next() {
                arrived[page] = result
                while let result = arrived.removeValue(forKey: expected) {
                    if try walk.take(result, page: expected) {
                        group.cancelAll()
                        return true
                    }
                    expected += 1
                    launch()
                }
            }
            return false
        }
    }

    /// The items taken so far, page after page, and the checks on each.
    private struct Walk {
        let paginator: Paginator
        var items: [Item] = []
        var seen: Set<String> = []
        var firstTotal = 0
        var pageLimit: Int

        init(paginator: Paginator) {
            self.paginator = paginator
            pageLimit = paginator.hardPageLimit
        }

        /// Takes page `page`; true when the walk is done.
        mutating func take(_ result: Page, page: Int) throws -> Bool {
            if result.items.isEmpty { return true }
            var fresh = 0
            for item in result.items where seen.insert(paginator.id(item)).inserted {
                items.append(item)
                fresh += 1
            }
            if items.count >= result.total { return true }
            if fresh == 0 {
                throw paginator.failure("page \(page) repeats items already received; the server ignores \(WireQuery.pageNumber)")
            }
            if page == 1 {
                firstTotal = result.total
                let expectedPages = (max(result.total, 0) + paginator.perPage - 1) / paginator.perPage
                pageLimit = min(paginator.hardPageLimit, 2 * expectedPages + 2)
            }
            if page >= pageLimit {
                throw paginator.failure("page \(page) still brings new items; the first page reported \(result.total) in all")
            }
            return false
        }
    }

    private func failure(_ reason: String) -> TaptalentError {
        TaptalentError(kind: .invalidResponse(reason: "pagination does not end: \(reason)"),
                       method: request.method, path: request.path, attempts: 0)
    }
}
