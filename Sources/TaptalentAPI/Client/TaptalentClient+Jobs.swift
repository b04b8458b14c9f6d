import Foundation

extension TaptalentClient {
    /// `GET /jobs`: one page of jobs.
    public func jobs(page: Int = 1, perPage: Int = WireQuery.defaultPerPage) async throws -> WireJobList {
        try await executor.decode(WireJobList.self, .get(WirePath.jobs, query: APIRequest.pageQuery(page: page, perPage: perPage)))
    }

    /// Every job of the account, walking all pages at `perPage=100`.
    public func allJobs() async throws -> [WireJob] {
        let paginator = Paginator<WireJob>(perPage: WireQuery.maxPerPage, id: { $0.id.value }, request: ("GET", "/" + WirePath.jobs))
        return try await paginator.collect { page in
            let list = try await jobs(page: page, perPage: WireQuery.maxPerPage)
            return (list.jobs, list.totalJobs)
        }
    }

    /// `GET /jobs/:id`: one job.
    public func job(id: String) async throws -> WireJob {
        try await executor.decode(WireJob.self, .get(WirePath.job(PathSegment.escape(id))))
    }
}
