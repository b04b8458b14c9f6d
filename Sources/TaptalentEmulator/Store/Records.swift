// The emulator's stored records. They are its own durable format (snapshot and journal), not wire types:
// the mapping to the wire lives in WireMapping.swift.

/// One question of an assessment; its `order` is its position in `StoredAssessment.questions`.
struct StoredQuestion: Codable, Sendable, Hashable {
    var id: String
    var text: String
    var timeLimit: Int
    var idealAnswer: String?
}

/// An assessment with its questions in order.
struct StoredAssessment: Codable, Sendable, Hashable {
    var id: String
    var testName: String
    var jobId: String?
    var status: String
    var hiringForRole: String
    var purposeOfInterview: String?
    var duration: Int
    var aiLanguage: String
    var skills: [String]
    var isEmailVerificationRequired: Bool
    var shouldEvaluateCEFR: Bool
    var createdAt: Int64
    var lastUpdatedOn: Int64
    var questions: [StoredQuestion]
}

/// A job, as seeded by the demo set or by `POST /__sandbox/jobs`.
struct StoredJob: Codable, Sendable, Hashable {
    var id: String
    var title: String
    var city: String
    var state: String
    var country: String
    var status: String
    var workMode: String?
    var description: String?
}

/// One invitation: at most one per assessment and lower-cased address.
struct StoredInvite: Codable, Sendable, Hashable {
    var assessmentId: String
    var email: String
    var firstName: String?
    var lastName: String?
    var invitedAt: Int64

    /// The key that makes an invite unique: `"<assessmentId> <lower-cased email>"`.
    var key: String { StoredInvite.key(assessmentId: assessmentId, email: email) }

    static func key(assessmentId: String, email: String) -> String {
        "\(assessmentId) \(email.lowercased())"
    }
}

/// A completed submission recorded through the test controls.
struct StoredCompletion: Codable, Sendable, Hashable {
    var candidateId: String
    var assessmentId: String
    var email: String
    var firstName: String?
    var lastName: String?
    var score: Double
    var cefrLevel: String?
    var submittedAt: Int64
}

/// One step of a flow.
struct StoredFlowStep: Codable, Sendable, Hashable {
    var assessmentId: String
    var passThreshold: Double
    var assessmentType: String
    var name: String?
    var instructions: String?
    var passAction: String?
}

/// A flow: assessments chained into steps (there is no delete; `status` retires one).
struct StoredFlow: Codable, Sendable, Hashable {
    var id: String
    var flowName: String
    var description: String?
    var status: String
    var steps: [StoredFlowStep]
    var createdAt: Int64
}

/// A candidate assigned to a flow: at most one per flow and lower-cased address.
struct StoredFlowAssignment: Codable, Sendable, Hashable {
    var flowId: String
    var email: String
    var firstName: String?
    var lastName: String?
    var assignedAt: Int64

    var key: String { StoredFlowAssignment.key(flowId: flowId, email: email) }

    static func key(flowId: String, email: String) -> String { "flow \(flowId) \(email.lowercased())" }
}

/// Everything about flows, kept apart so that a snapshot written before flows existed still loads.
struct FlowState: Codable, Sendable, Hashable {
    var flows: [String: StoredFlow] = [:]
    /// The number the next flow gets (flow ids are integers); never reused, not even after reset.
    var nextFlowNumber: Int = 1
    /// Assignments by key, and each flow's keys in assignment order.
    var assignments: [String: StoredFlowAssignment] = [:]
    var assignmentOrder: [String: [String]] = [:]
}
