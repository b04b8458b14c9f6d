import Foundation

extension TaptalentClient {
    /// `POST /assessment/:id/questions`: adds one question (appended, or inserted at `order`).
    public func addQuestion(assessmentId: String, _ body: QuestionBody, retryPost: PostRetry? = nil) async throws -> WireQuestion {
        try await executor.decode(WireQuestion.self,
                                  try .write(.post, WirePath.questions(PathSegment.escape(assessmentId)), body, postRetry: retryPost))
    }

    /// `PUT /assessment/:id/questions/:qid`: a partial update of one question; returns it.
    public func updateQuestion(assessmentId: String, questionId: String, _ body: QuestionBody) async throws -> WireQuestion {
        let path = WirePath.question(PathSegment.escape(assessmentId), PathSegment.escape(questionId))
        return try await executor.decode(WireQuestion.self, try .write(.put, path, body))
    }

    /// `DELETE /assessment/:id/questions/:qid`. A 404 on a retry after an attempt whose outcome is unknown
    /// means that attempt deleted it, and counts as success.
    @discardableResult
    public func deleteQuestion(assessmentId: String, questionId: String) async throws -> WireDeleted {
        let path = WirePath.question(PathSegment.escape(assessmentId), PathSegment.escape(questionId))
        do {
            return try await executor.decode(WireDeleted.self, APIRequest(method: .delete, path: path))
        } catch let error as TaptalentError where error.isNotFound && error.isOutcomeUnknown && error.attempts > 1 {
            return WireDeleted(deleted: true)
        }
    }

    /// `POST /assessment/:id/generate-questions`: appends `count` generated questions (server default when
    /// `nil`) and returns the new ones.
    public func generateQuestions(assessmentId: String, count: Int?, retryPost: PostRetry? = nil) async throws -> [WireQuestion] {
        let path = WirePath.generateQuestions(PathSegment.escape(assessmentId))
        let body = GenerateQuestionsBody(numberOfQuestions: count)
        return try await executor.decode(WireGeneratedQuestions.self, try .write(.post, path, body, postRetry: retryPost)).questions
    }
}
