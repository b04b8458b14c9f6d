import TapformPlan
import TaptalentAPI

/// Two applies appending the same question to one assessment at once (docs/decisions/concurrent-applies.md).
///
/// After an assessment's adds, the assessment is read once. A question appended (an add without `order`)
/// lands at the end of the list when it is made, so among identical questions the list order is the
/// order they were made in: the first ones, as many as this run's files want, stay; an appended copy of
/// this run's that comes after them was beaten by another run, and this run deletes it and reports the
/// conflict. Every run computes the same, so exactly the wanted number stays.
///
/// Inserts at a position (`order` set) are not settled this way: an insert lands before an earlier one
/// at the same position, so the list order says nothing about which came first. The lock of one machine
/// (`EnvironmentLock`) covers them there.
enum QuestionRace {
    /// A question this run appended: its id (from the POST's answer) and content.
    struct Appended: Sendable {
        var id: String
        var content: QuestionContent
    }

    /// Deletes each of `appended` that another run's identical question beat.
    /// - Parameter expected: the questions as this run's plan leaves them after these adds.
    /// - Returns: one line per copy deleted.
    /// - Throws: when the read or a delete fails (the step's failure then names what is left).
    static func settle(
        _ appended: [Appended], assessmentId: String, expected: [QuestionContent], client: TaptalentClient
    ) async throws -> [String] {
        let remote = RemoteAssessment(try await client.assessment(id: assessmentId)).orderedQuestions
        var lines: [String] = []
        for own in appended {
            let copies = remote.filter { QuestionContent($0) == own.content }.map(\.id)
            let wanted = expected.count { $0 == own.content }
            guard let position = copies.firstIndex(of: own.id), position >= wanted else { continue }
            _ = try await client.deleteQuestion(assessmentId: assessmentId, questionId: own.id)
            lines.append("another run added question \(StepText.quoted(own.content.text)) first (\(copies[0])); "
                + "this run deleted its copy (\(own.id))")
        }
        return lines
    }
}
