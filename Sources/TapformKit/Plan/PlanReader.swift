import TapformPlan
import TaptalentAPI

/// The reads of a plan: the whole list (every page at `perPage=100`), then one GET per matched assessment,
/// concurrently; and the account's jobs (every page at `perPage=100`) only when the plan would send a job.
struct PlanReader: Sendable {
    let client: TaptalentClient

    func summaries() async throws -> [RemoteAssessmentSummary] {
        try await client.allAssessments().map(RemoteAssessmentSummary.init)
    }

    func fetch(ids: [String], parallelism: Int) async throws -> [String: RemoteAssessment] {
        let client = self.client
        let fetched = try await BoundedConcurrency.map(ids, limit: parallelism) { id in
            RemoteAssessment(try await client.assessment(id: id))
        }
        return Dictionary(fetched.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func jobs() async throws -> [JobReferenceCheck.Job] {
        try await client.allJobs().map { JobReferenceCheck.Job(id: $0.id.value, title: $0.title) }
    }
}
