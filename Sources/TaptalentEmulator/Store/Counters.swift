import Foundation
import TaptalentAPI

/// What the test controls report at `GET /__sandbox/counters`. In memory only (they start at zero
/// with each run and on reset); shared by the routes and the store, guarded by a lock.
final class Counters: @unchecked Sendable {
    private let lock = NSLock()
    private var value = EmulatorCounters(requests: [:], emails: [:], assessmentsCreated: 0, questionsCreated: 0)

    var snapshot: EmulatorCounters { lock.withLock { value } }

    func countRequest(_ route: String) { lock.withLock { value.requests[route, default: 0] += 1 } }
    func countRateLimited() { lock.withLock { value.rateLimited += 1 } }
    func countEmail(_ key: String) { lock.withLock { value.emails[key, default: 0] += 1 } }
    func countCreated(assessments: Int, questions: Int) {
        lock.withLock {
            value.assessmentsCreated += assessments
            value.questionsCreated += questions
        }
    }
    func reset() {
        lock.withLock { value = EmulatorCounters(requests: [:], emails: [:], assessmentsCreated: 0, questionsCreated: 0) }
    }
}
