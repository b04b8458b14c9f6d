// A change to the store, as written to the journal. Every mutation carries its full result (not an
// intent), so applying one is idempotent and replaying the journal reproduces the state exactly.

enum Mutation: Codable, Sendable, Hashable {
    case putAssessment(StoredAssessment)
    case putJob(StoredJob)
    case putInvite(StoredInvite)
    case putCompletion(StoredCompletion)
    case putFlow(StoredFlow)
    case putFlowAssignment(StoredFlowAssignment)
    /// Empties the store; the demo jobs come back.
    case reset
}
