import TapformPlan
import TaptalentAPI

/// Runs one assessment's steps, in plan order (for an existing assessment: settings, question deletes,
/// updates, creates, moves), one at a time. The first failing step stops this assessment. Every request
/// is one the change needs, but for the guards against a concurrent run (`QuestionRace`): each add is sent
/// as an append, read back once after a run of adds, and moved to its position when it has one. The other
/// reads are those of a lost create or add answer (see `SafeCreate`, `SafeQuestionAdd`).
struct AssessmentExecutor: Sendable {
    let client: TaptalentClient
    /// Checked before each step: a requested stop ends the assessment as `interrupted`.
    var interruption: RunInterruption? = nil

    /// - Parameter baseline: the assessment as the plan saw it (nil for a create or a prune); it lets a
    ///   lost add answer be checked against the exact list expected.
    func run(_ entry: AssessmentPlan, baseline: RemoteAssessment?) async -> AssessmentOutcome {
        var outcome = AssessmentOutcome(notStarted: entry, .done)
        var questions = baseline.map(SimulatedQuestion.list)
        // The adds since the last other step, each sent as an append (QuestionRace), and the remote list as
        // those appends leave it (before they are moved into place).
        var appended: [QuestionRace.Appended] = []
        var appendedList: [QuestionContent]?
        var beaten: [String] = []
        for (index, step) in entry.steps.enumerated() {
            // A requested stop ends the assessment between steps, but not inside a run of adds, which is
            // settled and placed as one (QuestionRace).
            if appended.isEmpty, interruption?.isRequested == true {
                outcome.result = .interrupted
                return outcome
            }
            do {
                if case .addQuestion(let add) = step {
                    if appended.isEmpty { appendedList = questions?.map(\.content) }
                    let id = try await SafeQuestionAdd(client: client).add(
                        AddQuestionStep(content: add.content, order: nil, location: add.location),
                        assessmentId: try id(outcome), before: appendedList)
                    appended.append(QuestionRace.Appended(id: id, content: add.content, order: add.order))
                    appendedList?.append(add.content)
                } else {
                    try await perform(step, outcome: &outcome)
                }
            } catch {
                return failed(outcome, step: step, error: error, in: entry)
            }
            outcome.stepsDone += 1
            if let current = questions {
                questions = try? QuestionListSimulator.run([step], on: current).questions
            }
            // After the last add in a row: settle them against another run's, then move them into place.
            var nextIsAdd = false
            if entry.steps.indices.contains(index + 1), case .addQuestion = entry.steps[index + 1] { nextIsAdd = true }
            if !appended.isEmpty, !nextIsAdd {
                do {
                    beaten += try await place(appended, expected: questions, outcome: outcome)
                } catch {
                    return failed(outcome, step: step, error: error, in: entry)
                }
                appended = []
            }
        }
        if !beaten.isEmpty { outcome.result = .conflict(beaten.joined(separator: "; ")) }
        return outcome
    }

    /// Settles a run of appended questions (`QuestionRace`) and moves each the plan puts at a position there.
    /// - Returns: a line per copy another run beat.
    private func place(
        _ appended: [QuestionRace.Appended], expected: [SimulatedQuestion]?, outcome: AssessmentOutcome
    ) async throws -> [String] {
        let assessmentId = try id(outcome)
        var settled = QuestionRace.Settled(standing: appended.map(\.id))
        if let expected {
            settled = try await QuestionRace.settle(
                appended, assessmentId: assessmentId, expected: expected.map(\.content), client: client)
        }
        for (question, standing) in zip(appended, settled.standing) {
            guard let order = question.order else { continue }
            guard let standing else {
                throw TapformError("the answer to adding \(StepText.quoted(question.content.text)) was lost; it was added "
                    + "but cannot be told from an identical question, so it was not moved to position \(order); run plan "
                    + "again to see what is left")
            }
            do {
                _ = try await client.updateQuestion(assessmentId: assessmentId, questionId: standing, QuestionBody(order: order))
            } catch let error as TaptalentError where error.isOutcomeUnknown {
                // A move is done when the question stands there; one read tells.
                let now = RemoteAssessment(try await client.assessment(id: assessmentId)).orderedQuestions
                guard now.firstIndex(where: { $0.id == standing }) == order - 1 else { throw error }
            }
        }
        return settled.beaten
    }

    private func failed(_ outcome: AssessmentOutcome, step: PlanStep, error: any Error, in entry: AssessmentPlan) -> AssessmentOutcome {
        var outcome = outcome
        let diagnostics = FailureLocator.diagnostics(for: error, step: step, in: entry)
        outcome.result = .failed(ApplyFailure(summary: "\(StepText.describe(step)): \(error)", diagnostics: diagnostics))
        return outcome
    }

    private func perform(_ step: PlanStep, outcome: inout AssessmentOutcome) async throws {
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
        case .addQuestion:
            preconditionFailure("adds are run by run(_:baseline:), as appends")
        }
    }

    private func id(_ outcome: AssessmentOutcome) throws -> String {
        guard let id = outcome.remoteId else {
            throw TapformError("the plan has no remote id for \"\(outcome.name)\"; run plan again")
        }
        return id
    }
}
