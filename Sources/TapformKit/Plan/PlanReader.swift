import TapformPlan
import TaptalentAPI

/// The reads of a plan: the whole list (every page at `perPage=100`), then one GET per matched assessment,
/// concurrently. Nothing else.
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
}
