import TaptalentAPI

/// The `pageNumber` / `perPage` query of every list endpoint.
struct PageQuery: Sendable, Hashable {
    var pageNumber: Int
    var perPage: Int

    /// Reads the query (`nil` values are absent parameters): pageNumber a whole number >= 1 (default 1),
    /// perPage one of the allowed sizes (default 10).
    static func parse(pageNumber: String?, perPage: String?) throws(APIError) -> PageQuery {
        var errors: [String: String] = [:]
        var page = 1
        if let raw = pageNumber {
            if let value = Int(raw.trimmingCharacters(in: .whitespaces)) {
                if value >= 1 { page = value } else {
                    errors[WireQuery.pageNumber] = FieldMessage.atLeast(WireQuery.pageNumber, "1")
                }
            } else {
                errors[WireQuery.pageNumber] = FieldMessage.mustBe(WireQuery.pageNumber, "an integer")
            }
        }
        var size = WireQuery.defaultPerPage
        if let raw = perPage {
            if let value = Int(raw.trimmingCharacters(in: .whitespaces)), WireQuery.allowedPerPage.contains(value) {
                size = value
            } else {
                errors[WireQuery.perPage] = FieldMessage.oneOf(WireQuery.perPage, WireQuery.allowedPerPage.map(String.init))
            }
        }
        guard errors.isEmpty else { throw .invalid(errors) }
        return PageQuery(pageNumber: page, perPage: size)
    }

    /// The slice of `items` this page shows (empty past the end).
    func slice<T>(_ items: [T]) -> [T] {
        let (start, overflow) = (pageNumber - 1).multipliedReportingOverflow(by: perPage)
        guard !overflow, start < items.count else { return [] }
        return Array(items[start..<min(items.count, start + perPage)])
    }

    func pagination(total: Int) -> WirePagination {
        WirePagination(page: pageNumber, limit: perPage, total: total)
    }
}
