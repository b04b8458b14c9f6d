import TapformPlan
import TaptalentAPI

/// Runs one assessment's steps, in plan order (for an existing assessment: settings, question deletes,
/// updates, creates, moves), one at a time. The first failing step stops this assessment. Every request
/// is one the change needs; the only reads are those of a lost create or add answer (see `SafeCreate`,
/// `SafeQuestionAdd`) and one after the questions it appends (see `QuestionRace`).
struct AssessmentExecutor: Sendable {
    let client: TaptalentClient

    /// - Parameter baseline: the assessment as the plan saw it (nil for a create or a prune); it lets a
    ///   lost add answer be checked against the exact list expected.
    func run(_ entry: AssessmentPlan, baseline: RemoteAssessment?) async -> AssessmentOutcome {
        var outcome = AssessmentOutcome(notStarted: entry, .done)
        var questions = baseline.map(SimulatedQuestion.list)
        var appended: [QuestionRace.Appended] = []
        var beaten: [String] = []
        for (index, step) in entry.steps.enumerated() {
            do {
                if let id = try await perform(step, outcome: &outcome, before: questions?.map(\.content)),
                   case .addQuestion(let add) = step, add.order == nil {
                    appended.append(QuestionRace.Appended(id: id, content: add.content))
                }
            } catch {
                let diagnostics = FailureLocator.diagnostics(for: error, step: step, in: entry)
                outcome.result = .failed(ApplyFailure(summary: "\(StepText.describe(step)): \(error)", diagnostics: diagnostics))
                return outcome
            }
            outcome.stepsDone += 1
            if let current = questions {
                questions = try? QuestionListSimulator.run([step], on: current).questions
            }
            // After the last add in a row: another run may have appended the same questions at the same time.
            var nextIsAdd = false
            if entry.steps.indices.contains(index + 1), case .addQuestion = entry.steps[index + 1] { nextIsAdd = true }
            if !appended.isEmpty, !nextIsAdd, let expected = questions, let id = outcome.remoteId {
                do {
                    beaten += try await QuestionRace.settle(appended, assessmentId: id, expected: expected.map(\.content), client: client)
                } catch {
                    let summary = "checking the added questions against another run's: \(error)"
                    outcome.result = .failed(ApplyFailure(summary: summary, diagnostics: [PlanDiagnostic(
                        "\"\(entry.name)\": \(summary); run plan to see what is left", at: entry.location)]))
                    return outcome
                }
                appended = []
            }
        }
        if !beaten.isEmpty { outcome.result = .conflict(beaten.joined(separator: "; ")) }
        return outcome
    }

    /// - Returns: the id of a question added by `step`, when the API answered with it.
    private func perform(_ step: PlanStep, outcome: inout AssessmentOutcome, before: [QuestionContent]?) async throws -> String? {
        switch step {
        case .createAssessment(let create):
            let created = try await SafeCreate(client: client).create(create)
            outcome.remoteId = created.id
            outcome.recovered = created.recovered
        case .autoGenerate(let generate):
            let created = try await SafeCreate(client: client).autoGenerate(generate)
            outcome.remoteId = created.id
            outcome.recovered = created.recovered
        case .updateSettings(let patch):
            _ = try await client.updateAssessment(id: try id(outcome), AssessmentBody(patch))
        case .deleteQuestion(let delete):
            try await client.deleteQuestion(assessmentId: try id(outcome), questionId: delete.questionId)
        case .updateQuestion(let update):
            _ = try await client.updateQuestion(assessmentId: try id(outcome), questionId: update.questionId, QuestionBody(update))
        case .addQuestion(let add):
            return try await SafeQuestionAdd(client: client).add(add, assessmentId: try id(outcome), before: before)
        }
        return nil
    }

    private func id(_ outcome: AssessmentOutcome) throws -> String {
        guard let id = outcome.remoteId else {
            throw TapformError("the plan has no remote id for \"\(outcome.name)\"; run plan again")
        }
        return id
    }
}
