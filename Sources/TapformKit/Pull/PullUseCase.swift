import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform pull NAME...`: writes the questions the account holds for each named assessment into its file,
/// editing only the file's `questions:` block (a `generate:` block becomes a `questions:` block), so that
/// `plan` shows no question change for it afterwards. Only reads the account.
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
        let refusals = specs.compactMap(QuestionOwnership.refusal)
        guard refusals.isEmpty else { throw TapformError(refusals.joined(separator: "\n")) }

        let reader = RemoteReader(client: client, environment: environment)
        let targets = try AssessmentResolver.managed(
            specs, project: project, remote: try await reader.summaries(), environment: environment)
        let rewriter = QuestionFileRewriter(root: project.root)
        var files: [SeededFile] = []
        for target in targets {
            let remote = try await reader.assessment(id: target.remoteId)
            var file = try rewriter.write(QuestionValues.all(of: remote), into: target.spec, remoteId: remote.id)
            if let own = target.spec.questions, target.spec.generate == nil,
               !QuestionListComparison.same(own, remote.orderedQuestions) {
                file.notes.insert(
                    "the file's questions differed from the account's; it now holds the account's (git diff shows what changed)",
                    at: 0)
            }
            files.append(file)
        }
        return Report(environment: environment, files: files)
    }
}
