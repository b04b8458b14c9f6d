import TapformPlan
import TaptalentAPI

/// Runs one assessment's steps, in plan order (for an existing assessment: settings, question deletes,
/// updates, creates, moves), one at a time. The first failing step stops this assessment. Every request
/// is one the change needs; the only reads are those of a lost create or add answer (see `SafeCreate`,
/// `SafeQuestionAdd`).
struct AssessmentExecutor: Sendable {
    let client: TaptalentClient
    /// Checked before each step: a requested stop ends the assessment as `interrupted`.
    var interruption: RunInterruption? = nil

    /// - Parameter baseline: the assessment as the plan saw it (nil for a create or a prune); it lets a
    ///   lost add answer be checked against the exact list expected.
    func run(_ entry: AssessmentPlan, baseline: RemoteAssessment?) async -> AssessmentOutcome {
        var outcome = AssessmentOutcome(
            action: entry.action, name: entry.name, remoteId: entry.remoteId, stepsDone: 0,
            stepsPlanned: entry.steps.count, questionChanges: entry.action == .create ? 0 : entry.questionChanges.count,
            result: .done, recovered: false)
        var questions = baseline.map(SimulatedQuestion.list)
        for step in entry.steps {
            if interruption?.isRequested == true {
                outcome.result = .interrupted
                return outcome
            }
            do {
                try await perform(step, outcome: &outcome, before: questions?.map(\.content))
            } catch {
                let diagnostics = FailureLocator.diagnostics(for: error, step: step, in: entry)
                outcome.result = .failed(ApplyFailure(summary: "\(StepText.describe(step)): \(error)", diagnostics: diagnostics))
                return outcome
            }
            outcome.stepsDone += 1
            if let current = questions {
                questions = try? QuestionListSimulator.run([step], on: current).questions
            }
        }
        return outcome
    }

    private func perform(_ step: PlanStep, outcome: inout AssessmentOutcome, before: [QuestionContent]?) async throws {
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
            try await SafeQuestionAdd(client: client).add(add, assessmentId: try id(outcome), before: before)
        }
    }

    private func id(_ outcome: AssessmentOutcome) throws -> String {
        guard let id = outcome.remoteId else {
            throw TapformError("the plan has no remote id for \"\(outcome.name)\"; run plan again")
        }
        return id
    }
}
