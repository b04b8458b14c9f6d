import TapformPlan
import TaptalentAPI

/// Adding a question without ever adding it twice (docs/architecture.md, step 6).
///
/// The rule: the POST is repeated by the client only when it provably did nothing (a 429 answer, or no
/// connection made). When its outcome is unknown, the assessment is read again (one GET) and its
/// questions compared, by content, with what the list must be before and after this add:
/// - equal to "after": the add happened;
/// - equal to "before": it did not, and the POST is sent again (at most `maxPosts` in all);
/// - neither (the list is not what this apply expects, or "before" is unknown): the add counts as done
///   when the list grew by one and a question with this content sits at its intended position or one
///   away from it; otherwise the step fails and the next plan shows what is left.
struct SafeQuestionAdd: Sendable {
    static let maxPosts = 3
    let client: TaptalentClient

    /// - Parameter before: the questions' contents just before this add, when known.
    /// - Returns: the added question's id; nil when its answer was lost and the add was found done but
    ///   cannot be told from an identical question.
    func add(_ step: AddQuestionStep, assessmentId: String, before: [QuestionContent]?) async throws -> String? {
        let body = QuestionBody(step.content, order: step.order)
        var posts = 0
        while true {
            posts += 1
            do {
                return try await client.addQuestion(assessmentId: assessmentId, body, retryPost: .whenNotApplied).questionId
            } catch let error as TaptalentError where error.isOutcomeUnknown {
                let remote = RemoteAssessment(try await client.assessment(id: assessmentId))
                let now = remote.orderedQuestions.map(QuestionContent.init)
                if let before {
                    if now == Self.inserting(step, into: before) {
                        return remote.orderedQuestions[Self.insertionIndex(step, count: before.count)].id
                    }
                    if now == before {
                        if posts >= Self.maxPosts { throw error }
                        continue
                    }
                }
                if Self.sitsNearIntendedPosition(step, in: now, countBefore: before?.count) { return nil }
                throw TapformError("the answer to \(StepText.describe(.addQuestion(step))) was lost and the questions "
                    + "are not as this apply left them; run plan again to see what is left")
            }
        }
    }

    static func inserting(_ step: AddQuestionStep, into list: [QuestionContent]) -> [QuestionContent] {
        var list = list
        list.insert(step.content, at: insertionIndex(step, count: list.count))
        return list
    }

    /// Where `step` puts its question in a list of `count`: at its `order`, or at the end.
    static func insertionIndex(_ step: AddQuestionStep, count: Int) -> Int {
        if let order = step.order, (1...count + 1).contains(order) { return order - 1 }
        return count
    }

    static func sitsNearIntendedPosition(_ step: AddQuestionStep, in list: [QuestionContent], countBefore: Int?) -> Bool {
        if let countBefore, list.count != countBefore + 1 { return false }
        guard !list.isEmpty else { return false }
        let intended = step.order.map { $0 - 1 } ?? list.count - 1
        return (intended - 1...intended + 1).contains { list.indices.contains($0) && list[$0] == step.content }
    }
}
