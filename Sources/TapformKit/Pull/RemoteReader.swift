import TapformPlan
import TaptalentAPI

/// The reads `pull` and `generate` make: the account's list (every page), and one assessment with its
/// questions. API failures become one sentence naming the environment.
struct RemoteReader {
    let client: TaptalentClient
    let environment: String

    func summaries() async throws -> [RemoteAssessmentSummary] {
        do {
            return try await client.allAssessments().map(RemoteAssessmentSummary.init)
        } catch let error as TaptalentError {
            throw TapformError("environment \"\(environment)\": cannot list the assessments: \(error)")
        }
    }

    func assessment(id: String) async throws -> RemoteAssessment {
        do {
            return RemoteAssessment(try await client.assessment(id: id))
        } catch let error as TaptalentError {
            throw TapformError("environment \"\(environment)\": cannot read assessment \(id): \(error)")
        }
    }
}
