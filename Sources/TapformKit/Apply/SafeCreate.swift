import TapformPlan
import TaptalentAPI

/// Creating an assessment without ever making two (docs/architecture.md, step 6).
///
/// The rule: the POST is repeated by the client only when it provably did nothing (a 429 answer, or no
/// connection made). When its outcome is unknown (`TaptalentError.isOutcomeUnknown`: a timeout, a
/// connection dropped after sending, a 5xx), it is never sent again blindly. The account is listed again
/// and searched by name (identity comes from names, and the plan creates only when no remote assessment
/// has the name):
/// - found: adopted as created when its content equals the create's (settings, and for an inline create
///   its questions in order); otherwise the step fails with "created but differs; run plan again";
/// - not found: the POST is sent again, at most `maxPosts` times in all.
struct SafeCreate: Sendable {
    static let maxPosts = 3
    let client: TaptalentClient

    struct Created: Sendable {
        var id: String
        /// True when the assessment was found after a lost answer rather than returned by the POST.
        var recovered: Bool
    }

    func create(_ step: CreateAssessmentStep) async throws -> Created {
        let body = AssessmentBody(step.settings, questions: step.questions)
        return try await run(settings: step.settings, questions: step.questions) {
            try await client.createAudioInterview(body, retryPost: .whenNotApplied)
        }
    }

    func autoGenerate(_ step: AutoGenerateStep) async throws -> Created {
        let body = AutoGenerateBody(assessment: AssessmentBody(step.settings, questions: nil), numberOfQuestions: step.count)
        return try await run(settings: step.settings, questions: nil) {
            try await client.autoGenerate(body, retryPost: .whenNotApplied)
        }
    }

    private func run(
        settings: AssessmentSettings, questions: [QuestionContent]?, post: () async throws -> WireAssessment
    ) async throws -> Created {
        var posts = 0
        while true {
            posts += 1
            do {
                return Created(id: try await post().assessmentId, recovered: false)
            } catch let error as TaptalentError where error.isOutcomeUnknown {
                if let found = try await findCreated(named: settings.name) {
                    let remote = RemoteAssessment(try await client.assessment(id: found.assessmentId))
                    guard CreatedContent.matches(remote, settings: settings, questions: questions) else {
                        throw TapformError("created \"\(settings.name)\" (\(remote.id)) but its answer was lost and what "
                            + "the account holds differs from the file; run plan again to see what is left")
                    }
                    return Created(id: remote.id, recovered: true)
                }
                if posts >= Self.maxPosts { throw error }
            }
        }
    }

    private func findCreated(named name: String) async throws -> WireAssessment? {
        let hits = try await client.allAssessments().filter { TextNormalizer.normalize($0.testName) == name }
        guard hits.count <= 1 else {
            let ids = hits.map(\.assessmentId).joined(separator: ", ")
            throw TapformError("after a lost answer the account holds \(hits.count) assessments named \"\(name)\" "
                + "(\(ids)); pin the one to keep with `id:` in the file and deactivate the others")
        }
        return hits.first
    }
}
