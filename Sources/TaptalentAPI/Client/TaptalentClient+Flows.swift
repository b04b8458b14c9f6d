import Foundation

extension TaptalentClient {
    /// `GET /assessment-flows`: every non-deleted flow, with its steps (unpaginated).
    public func allFlows() async throws -> [WireFlow] {
        try await executor.decode([WireFlow].self, .get(WirePath.flows))
    }

    /// `GET /assessment-flows/:id`: one flow, its steps enriched with the assessments' names.
    public func flow(id: String) async throws -> WireFlow {
        try await executor.decode(WireFlow.self, .get(WirePath.flow(PathSegment.escape(id))))
    }

    /// `POST /assessment-flows`: creates a flow. Retried only when the attempt provably did nothing,
    /// unless `retryPost` says otherwise.
    public func createFlow(_ body: FlowBody, retryPost: PostRetry? = nil) async throws -> WireFlow {
        try await executor.decode(WireFlow.self, try .write(.post, WirePath.flows, body, postRetry: retryPost))
    }

    /// `PATCH /assessment-flows/:id`: name, description, status, thresholds, appended steps. tapform always
    /// sends the whole step list, so that a repeated PATCH has the effect of one.
    public func updateFlow(id: String, _ body: FlowBody) async throws -> WireFlow {
        try await executor.decode(WireFlow.self, try .write(.patch, WirePath.flow(PathSegment.escape(id)), body))
    }

    /// Assigns a candidate to a flow: the assignment sends the first step's invite email (assumed path and
    /// answer, see `WirePath.flowAssign`). Never repeated when it may have been applied.
    public func assignToFlow(flowId: String, _ body: InviteBody, retryPost: PostRetry? = nil) async throws -> WireInviteResult {
        try await executor.decode(WireInviteResult.self,
                                  try .write(.post, WirePath.flowAssign(PathSegment.escape(flowId)), body, postRetry: retryPost))
    }

    /// `GET /assessment-flows/:id/candidates`: one page, optionally only those with `status`.
    public func flowCandidates(
        flowId: String, page: Int = 1, pageSize: Int = WireFlowQuery.defaultPageSize, status: String? = nil
    ) async throws -> WireFlowCandidateList {
        var query = [URLQueryItem(name: WireFlowQuery.page, value: String(page)),
                     URLQueryItem(name: WireFlowQuery.pageSize, value: String(pageSize))]
        if let status { query.append(URLQueryItem(name: WireFlowQuery.status, value: status)) }
        return try await executor.decode(WireFlowCandidateList.self,
                                         .get(WirePath.flowCandidates(PathSegment.escape(flowId)), query: query))
    }

    /// Every candidate of a flow (optionally only those with `status`), walking all pages at the largest size.
    public func allFlowCandidates(flowId: String, status: String? = nil) async throws -> [WireFlowCandidate] {
        let paginator = Paginator<WireFlowCandidate>(
            perPage: WireFlowQuery.maxPageSize, id: { $0.email.lowercased() },
            request: ("GET", "/" + WirePath.flowCandidates(PathSegment.escape(flowId))))
        return try await paginator.collect { page in
            let list = try await flowCandidates(flowId: flowId, page: page, pageSize: WireFlowQuery.maxPageSize, status: status)
            return (list.candidates, list.pagination.total)
        }
    }
}
