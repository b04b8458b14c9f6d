import TapformPlan
import TaptalentAPI

/// Reads several assessments with their questions, a few at a time.
enum AssessmentFetcher {
    static let parallelism = 4

    /// Each id's assessment, or the error that reading it gave.
    static func fetch(_ ids: [String], client: TaptalentClient) async -> [String: Result<RemoteAssessment, TaptalentError>] {
        var results: [String: Result<RemoteAssessment, TaptalentError>] = [:]
        await withTaskGroup(of: (String, Result<RemoteAssessment, TaptalentError>).self) { group in
            var pending = ids[...]
            func startNext() {
                guard let id = pending.popFirst() else { return }
                group.addTask {
                    do {
                        return (id, .success(RemoteAssessment(try await client.assessment(id: id))))
                    } catch let error as TaptalentError {
                        return (id, .failure(error))
                    } catch {
                        return (id, .failure(TaptalentError(
                            kind: .invalidResponse(reason: "\(error)"), method: "GET", path: "/assessment/\(id)", attempts: 0)))
                    }
                }
            }
            for _ in 0..<parallelism { startNext() }
            for await (id, result) in group {
                results[id] = result
                startNext()
            }
        }
        return results
    }
}
