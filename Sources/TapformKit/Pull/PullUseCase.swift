import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform pull NAME...`: brings what the account holds for each named assessment back into its file:
/// its questions (the file's `questions:` block; a `generate:` block becomes a `questions:` block) and its
/// settings (only the values that differ change), every other byte kept, so that `plan` shows no change
/// for it afterwards. Only reads the account. Every file is checked before any is written: a question list
/// or a setting that comes from a template (or from `vars:`) and differs from the account's refuses the
/// whole run, naming each.
public enum PullUseCase {
    public struct Report: Sendable, Hashable {
        public var environment: String
        /// One entry per named assessment, in the order named.
        public var files: [SeededFile]
    }

    /// - Parameters:
    ///   - project: must validate (as for `plan`).
    ///   - names: assessment names as the files declare them.
    ///   - client: any client of the environment; only GET requests are made.
    public static func run(
        project: Project, names: [String], client: TaptalentClient, environment: String
    ) async throws -> Report {
        guard !names.isEmpty else { throw TapformError("name at least one assessment to pull") }
        try project.requireValid()
        let specs = try AssessmentResolver.files(named: names, in: project)

        let reader = RemoteReader(client: client, environment: environment)
        let targets = try AssessmentResolver.managed(
            specs, project: project, remote: try await reader.summaries(), environment: environment)
        let rewriter = AssessmentFileRewriter(root: project.root)
        var prepared: [AssessmentFileRewriter.Prepared] = []
        var refusals: [String] = []
        for target in targets {
            let spec = target.spec
            let remote = try await reader.assessment(id: target.remoteId)
            let ownQuestions = spec.generate == nil ? spec.questions : nil
            let sameQuestions = ownQuestions.map { QuestionListComparison.same($0, remote.orderedQuestions) } ?? false
            if !sameQuestions, let refusal = QuestionOwnership.refusal(spec) { refusals.append(refusal) }
            let settings = PulledSettings(spec, remote: remote)
            refusals += settings.refusals
            guard refusals.isEmpty else { continue }
            do {
                var file = try rewriter.prepare(
                    questions: sameQuestions ? nil : QuestionValues.all(of: remote), settings: settings.values,
                    into: spec, remoteId: remote.id)
                file.report.settingChanges = settings.changes
                if ownQuestions != nil && !sameQuestions {
                    file.report.notes.insert(
                        "the file's questions differed from the account's; it now holds the account's (git diff shows what changed)",
                        at: 0)
                }
                prepared.append(file)
            } catch let error as TapformError {
                refusals.append(error.message)
            }
        }
        guard refusals.isEmpty else {
            throw TapformError(refusals.joined(separator: "\n") + "\nNothing was written.")
        }
        for file in prepared { try rewriter.commit(file) }
        return Report(environment: environment, files: prepared.map(\.report))
    }
}
