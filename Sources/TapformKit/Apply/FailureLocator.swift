import TapformPlan
import TaptalentAPI

/// Maps an API error on one step back to the file: each field message of the error's `details` becomes
/// a diagnostic at the place that field comes from (`testName` at the file's `name`, `question` on an
/// added question at that question, `questions[2].timeLimit` on a create at the third question, ...).
/// The message names fields by the file's keys, never by their wire names.
enum FailureLocator {
    static func diagnostics(for error: any Error, step: PlanStep, in entry: AssessmentPlan) -> [Diagnostic] {
        let subject = "\"\(entry.name)\""
        let details = (error as? TaptalentError)?.details ?? [:]
        guard !details.isEmpty else {
            return [Diagnostic(.error, "\(subject): \(StepText.describe(step)) failed: \(error)", at: location(of: step, in: entry))]
        }
        return details.sorted { $0.key < $1.key }.map { field, message in
            Diagnostic(.error, "\(subject): \(WireFieldMap.fileKeys(in: message)) [\(StepText.describe(step))]",
                           at: location(ofField: field, step: step, in: entry))
        }
    }

    /// Where a failed step points when the API names no field.
    static func location(of step: PlanStep, in entry: AssessmentPlan) -> TaptalentContract.SourceLocation? {
        switch step {
        case .addQuestion(let add): add.location ?? entry.location
        case .updateQuestion(let update): update.location ?? entry.location
        default: entry.location
        }
    }

    static func location(ofField field: String, step: PlanStep, in entry: AssessmentPlan) -> TaptalentContract.SourceLocation? {
        let path = WireFieldMap.FieldPath(field)
        switch step {
        case .addQuestion, .updateQuestion:
            // A question body: every field is about that question.
            return location(of: step, in: entry)
        case .deleteQuestion:
            return entry.location
        case .createAssessment, .autoGenerate, .updateSettings:
            guard let key = WireFieldMap.assessment[path.root] else { return entry.location }
            if key == .questions, let index = path.index {
                let question = entry.questionChanges.first { $0.kind == .create && $0.to == index + 1 }
                if let location = question?.location { return location }
            }
            return entry.location(of: key)
        }
    }
}

/// Short words for a step, for progress and failure lines.
enum StepText {
    static func describe(_ step: PlanStep) -> String {
        switch step {
        case .createAssessment: "create"
        case .autoGenerate: "create with generated questions"
        case .updateSettings: "update settings"
        case .deleteQuestion(let delete): "delete question \(quoted(delete.text))"
        case .updateQuestion(let update):
            update.text.map { "update question \(quoted($0))" } ?? "update question \(update.questionId)"
        case .addQuestion(let add): "add question \(quoted(add.content.text))"
        }
    }

    static func quoted(_ text: String) -> String {
        let clipped = text.count > 60 ? String(text.prefix(59)) + "…" : text
        return "\"\(clipped)\""
    }
}
