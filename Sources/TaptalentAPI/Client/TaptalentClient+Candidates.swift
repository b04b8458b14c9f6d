import Foundation

extension TaptalentClient {
    /// `POST /assessment/:id/invite`: invites one candidate (the server emails the link). Retried only
    /// when the attempt provably did nothing, unless `retryPost` says otherwise: a repeated invite could
    /// send a second email.
    public func invite(assessmentId: String, _ body: InviteBody, retryPost: PostRetry? = nil) async throws -> WireInviteResult {
        try await executor.decode(WireInviteResult.self,
                                  try .write(.post, WirePath.invite(PathSegment.escape(assessmentId)), body, postRetry: retryPost))
    }

    /// `GET /assessment/:id/candidates`: one page of completed candidates.
    public func candidates(assessmentId: String, page: Int = 1, perPage: Int = WireQuery.defaultPerPage) async throws -> WireCandidateList {
        try await executor.decode(WireCandidateList.self, .get(
            WirePath.candidates(PathSegment.escape(assessmentId)), query: APIRequest.pageQuery(page: page, perPage: perPage)))
    }

    /// Every completed candidate of an assessment, walking all pages at `perPage=100`.
    public func allCandidates(assessmentId: String) async throws -> [WireCandidate] {
        let paginator = Paginator<WireCandidate>(
            perPage: WireQuery.maxPerPage, id: { $0.candidateId },
            request: ("GET", "/" + WirePath.candidates(PathSegment.escape(assessmentId))))
        return try await paginator.collect { page in
            let list = try await candidates(assessmentId: assessmentId, page: page, perPage: WireQuery.maxPerPage)
            return (list.candidates, list.pagination.total)
        }
    }
}
