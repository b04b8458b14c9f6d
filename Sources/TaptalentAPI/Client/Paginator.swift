/// Walks every page of a paginated list. Stops at the first empty page or once `total` distinct items
/// are collected; fails, rather than loop or return a partial list, when a server repeats a page or keeps
/// sending new items far past the total its first page reported (more than twice its pages, plus two).
struct Paginator<Item: Sendable> {
    /// One page: its items and the total the server reports.
    typealias Page = (items: [Item], total: Int)

    let perPage: Int
    let id: @Sendable (Item) -> String
    /// Used in error messages, e.g. `GET /assessment`.
    let request: (method: String, path: String)
    /// A bound on pages whatever the totals say.
    var hardPageLimit = 100_000

    func collect(_ fetch: (Int) async throws -> Page) async throws -> [Item] {
        var items: [Item] = []
        var seen: Set<String> = []
        var page = 1
        var pageLimit = hardPageLimit
        while true {
            let result = try await fetch(page)
            if result.items.isEmpty { return items }
            var fresh = 0
            for item in result.items where seen.insert(id(item)).inserted {
                items.append(item)
                fresh += 1
            }
            if items.count >= result.total { return items }
            if fresh == 0 {
                throw failure("page \(page) repeats items already received; the server ignores \(WireQuery.pageNumber)")
            }
            if page == 1 {
                let expectedPages = (max(result.total, 0) + perPage - 1) / perPage
                pageLimit = min(hardPageLimit, 2 * expectedPages + 2)
            }
            if page >= pageLimit {
                throw failure("page \(page) still brings new items; the first page reported \(result.total) in all")
            }
            page += 1
        }
    }

    private func failure(_ reason: String) -> TaptalentError {
        TaptalentError(kind: .invalidResponse(reason: "pagination does not end: \(reason)"),
                       method: request.method, path: request.path, attempts: 0)
    }
}
