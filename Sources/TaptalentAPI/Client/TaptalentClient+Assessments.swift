import Foundation

extension TaptalentClient {
    /// `GET /assessment`: one page of assessments (without questions). `perPage` must be one of
    /// `WireQuery.allowedPerPage`; the server rejects other values with a 400.
    public func listAssessments(page: Int = 1, perPage: Int = WireQuery.defaultPerPage) async throws -> WireAssessmentList {
        try await executor.decode(WireAssessmentList.self,
                                  .get(WirePath.assessments, query: APIRequest.pageQuery(page: page, perPage: perPage)))
    }

    /// Every assessment of the account, walking all pages at `perPage=100`.
    public func allAssessments() async throws -> [WireAssessment] {
        let paginator = Paginator<WireAssessment>(
            perPage: WireQuery.maxPerPage, id: { $0.assessmentId }, request: ("GET", "/" + WirePath.assessments))
        return try await paginator.collect { page in
            let list = try await listAssessments(page: page, perPage: WireQuery.maxPerPage)
            return (list.assessments, list.pagination.total)
        }
    }

    /// `GET /assessment/:id`: one assessment with its questions.
    public func assessment(id: String) async throws -> WireAssessment {
        try await executor.decode(WireAssessment.self, .get(WirePath.assessment(PathSegment.escape(id))))
    }

    /// `POST /assessment/audio-interviews`: creates a voice interview, questions inline.
    /// - Parameter retryPost: overrides the policy's `postRetry` for this call.
    public func createAudioInterview(_ body: AssessmentBody, retryPost: PostRetry? = nil) async throws -> WireAssessment {
        try await executor.decode(WireAssessment.self,
                                  try .write(.post, WirePath.createAudioInterview, body, postRetry: retryPost))
    }

    /// `PUT /assessment/:id`: a partial update (fields left `nil` keep their value); returns the assessment.
    public func updateAssessment(id: String, _ body: AssessmentBody) async throws -> WireAssessment {
        try await executor.decode(WireAssessment.self,
                                  try .write(.put, WirePath.assessment(PathSegment.escape(id)), body))
    }

    /// `POST /assessment/auto-generate`: creates an assessment with generated questions.
    public func autoGenerate(_ body: AutoGenerateBody, retryPost: PostRetry? = nil) async throws -> WireAssessment {
        try await executor.decode(WireAssessment.self,
                                  try .write(.post, WirePath.autoGenerate, body, postRetry: retryPost))
    }
}

extension TaptalentClient {
    /// Every assessment whose `testName` equals `name` (after trimming), from a full listing: how a caller
    /// re-reads after a create whose outcome is unknown (`TaptalentError.isOutcomeUnknown`) before trying again.
    public func assessments(named name: String) async throws -> [WireAssessment] {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await allAssessments().filter { $0.testName.trimmingCharacters(in: .whitespacesAndNewlines) == wanted }
    }
}
