import TapformPlan
import TaptalentAPI

/// Two applies adding the same question to one assessment at once (docs/decisions/concurrent-applies.md).
///
/// Every add is sent as an append: a question appended lands at the end of the list when it is made, so
/// among identical questions the list order is the order they were made in. After a run of adds the
/// assessment is read once: of the identical questions, the first ones (as many as this run's files want)
/// stay, and an appended copy of this run's that comes after them was beaten by another run's; this run
/// deletes it and reports the conflict. Every run computes the same, so exactly the wanted number stays.
/// Then each add that the plan puts at a position is moved there: the run's own copy, or the copy that beat
/// it (both runs then move the same question to the same place, which is idempotent).
enum QuestionRace {
    /// A question this run appended: its id (nil when its answer was lost and it could not be told from an
    /// identical one), its content, and where the plan puts it (nil: at the end).
    struct Appended: Sendable {
        var id: String?
        var content: QuestionContent
        var order: Int?
    }

    struct Settled: Sendable {
        /// One line per copy of this run's that another run beat and this run deleted.
        var beaten: [String] = []
        /// For each appended question, the id that now stands for it (its own, or the copy that beat it).
        var standing: [String?] = []
    }

    /// Deletes each of `appended` that another run's identical question beat.
    /// - Parameter expected: the questions as this run's plan leaves them after these adds.
    /// - Throws: when the read or a delete fails (the step's failure then names what is left).
    static func settle(
        _ appended: [Appended], assessmentId: String, expected: [QuestionContent], client: TaptalentClient
    ) async throws -> Settled {
        let remote = RemoteAssessment(try await client.assessment(id: assessmentId)).orderedQuestions
        var settled = Settled()
        for own in appended {
            let copies = remote.filter { QuestionContent($0) == own.content }.map(\.id)
            let wanted = expected.count { $0 == own.content }
            guard let id = own.id, let position = copies.firstIndex(of: id), position >= wanted, wanted > 0 else {
                settled.standing.append(own.id)
                continue
            }
            _ = try await client.deleteQuestion(assessmentId: assessmentId, questionId: id)
            let winner = copies[wanted - 1]
            settled.standing.append(winner)
            settled.beaten.append("another run added question \(StepText.quoted(own.content.text)) first (\(winner)); "
                + "this run deleted its copy (\(id))")
        }
        return settled
    }
}
