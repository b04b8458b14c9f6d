import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform generate NAME --count N`: asks the account for N more generated questions
/// (`POST /assessment/:id/generate-questions`), then writes the assessment's full question list into its
/// file, editing only the `questions:` block.
///
/// Refused before any write request when the count is outside 1...20, when the assessment would pass the
/// 50-question limit, or when the file lists questions that differ from the account's (writing the
/// account's list would lose those unapplied edits: apply or pull first).
public enum GenerateUseCase {
    public struct Report: Sendable, Hashable {
        public var environment: String
        /// The questions the account generated, in order.
        public var added: [String]
        public var file: SeededFile
    }

    public static func run(
        project: Project, name: String, count: Int, client: TaptalentClient, environment: String
    ) async throws -> Report {
        let range = WireLimits.numberOfQuestions
        guard range.contains(count) else {
            throw TapformError("--count must be between \(range.lowerBound) and \(range.upperBound), not \(count)")
        }
        try project.requireValid()
        let spec = try AssessmentResolver.files(named: [name], in: project)[0]
        if let refusal = QuestionOwnership.refusal(spec) { throw TapformError(refusal) }

        let reader = RemoteReader(client: client, environment: environment)
        let target = try AssessmentResolver.managed(
            [spec], project: project, remote: try await reader.summaries(), environment: environment)[0]
        let before = try await reader.assessment(id: target.remoteId)
        let label = "\"\(spec.name.value)\" (\(spec.file))"
        if let own = spec.questions, spec.generate == nil, !QuestionListComparison.same(own, before.orderedQuestions) {
            throw TapformError("\(label): the file's questions differ from the account's, and generate would "
                + "overwrite them with the account's list; run `tapform apply` first (or `tapform pull` to take "
                + "the account's), then generate")
        }
        let limit = WireLimits.maxQuestions
        let existing = before.questions.count
        guard existing + count <= limit else {
            let room = limit - existing
            let advice = room > 0 ? "ask for at most \(room) (--count \(room))" : "it is full"
            throw TapformError("\(label) has \(existing) questions; \(count) more would pass the limit of \(limit) "
                + "per assessment: \(advice). Nothing was requested")
        }

        let generated: [WireQuestion]
        do {
            generated = try await client.generateQuestions(assessmentId: target.remoteId, count: count)
        } catch let error as TaptalentError {
            var message = "environment \"\(environment)\": generating questions for \(label) failed: \(error)"
            if error.isOutcomeUnknown {
                message += "; run `tapform pull \"\(spec.name.value)\"` to write what the account holds now"
            }
            throw TapformError(message)
        }
        let after = try await reader.assessment(id: target.remoteId)
        let file = try AssessmentFileRewriter(root: project.root)
            .write(QuestionValues.all(of: after), into: spec, remoteId: after.id)
        return Report(environment: environment, added: generated.map(\.question), file: file)
    }
}
