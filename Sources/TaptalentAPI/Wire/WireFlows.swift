// Assessment flows: a flow chains existing assessments into ordered steps, each with a pass threshold.
// Field names are the CodingKeys below; paths, query names and enum values are in WireNames.swift
// (`WirePath.flows`, `WireFlowQuery`, `WireFlowCandidateStatus`, `WireFlowRules`).

/// One step of a flow as the API returns it (`GET /assessment-flows/:id` adds `assessmentName` and
/// `assessmentDuration`).
public struct WireFlowStep: Codable, Sendable, Hashable {
    public var assessmentId: WireID
    public var passThreshold: Double
    public var assessmentType: String?
    public var name: String?
    public var instructions: String?
    public var passAction: String?
    public var assessmentName: String?
    public var assessmentDuration: Int?

    public init(
        assessmentId: WireID, passThreshold: Double, assessmentType: String? = nil, name: String? = nil,
        instructions: String? = nil, passAction: String? = nil, assessmentName: String? = nil,
        assessmentDuration: Int? = nil
    ) {
        self.assessmentId = assessmentId
        self.passThreshold = passThreshold
        self.assessmentType = assessmentType
        self.name = name
        self.instructions = instructions
        self.passAction = passAction
        self.assessmentName = assessmentName
        self.assessmentDuration = assessmentDuration
    }
}

/// A flow (documented: `id` is an integer; read leniently as text).
public struct WireFlow: Codable, Sendable, Hashable {
    public var id: WireID
    public var companyId: WireID?
    public var flowName: String
    public var description: String?
    public var status: String?
    public var candidateCount: Int?
    public var steps: [WireFlowStep]

    private enum CodingKeys: String, CodingKey {
        case id, companyId, flowName, description, status, candidateCount, steps
    }

    /// Writes `id` as a number when it is one (the documented type), as the emulator answers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let number = Int64(id.value) { try container.encode(number, forKey: .id) } else { try container.encode(id, forKey: .id) }
        try container.encodeIfPresent(companyId, forKey: .companyId)
        try container.encode(flowName, forKey: .flowName)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(candidateCount, forKey: .candidateCount)
        try container.encode(steps, forKey: .steps)
    }

    public init(
        id: WireID, companyId: WireID? = nil, flowName: String, description: String? = nil,
        status: String? = nil, candidateCount: Int? = nil, steps: [WireFlowStep]
    ) {
        self.id = id
        self.companyId = companyId
        self.flowName = flowName
        self.description = description
        self.status = status
        self.candidateCount = candidateCount
        self.steps = steps
    }
}

/// A step in the body of `POST /assessment-flows` and `PATCH /assessment-flows/:id`.
public struct FlowStepBody: Codable, Sendable, Hashable {
    public var assessmentId: String
    public var passThreshold: Double
    /// Optional; resolved from the assessment when omitted (the API also accepts `WireFlowRules.stepTypeAlias`).
    public var assessmentType: String?
    public var name: String?
    public var instructions: String?
    public var passAction: String?

    public enum CodingKeys: String, CodingKey {
        case assessmentId, passThreshold, assessmentType, name, instructions, passAction
    }

    public init(assessmentId: String, passThreshold: Double, assessmentType: String? = nil, name: String? = nil,
                instructions: String? = nil, passAction: String? = nil) {
        self.assessmentId = assessmentId
        self.passThreshold = passThreshold
        self.assessmentType = assessmentType
        self.name = name
        self.instructions = instructions
        self.passAction = passAction
    }
}

/// The body of `POST /assessment-flows` (flowName and steps required) and of `PATCH /assessment-flows/:id`
/// (any subset, plus `status`; nil fields are left out).
public struct FlowBody: Codable, Sendable, Hashable {
    public var flowName: String?
    public var description: Nullable<String>?
    public var status: String?
    public var steps: [FlowStepBody]?

    public enum CodingKeys: String, CodingKey {
        case flowName, description, status, steps
    }

    public init(flowName: String? = nil, description: Nullable<String>? = nil, status: String? = nil,
                steps: [FlowStepBody]? = nil) {
        self.flowName = flowName
        self.description = description
        self.status = status
        self.steps = steps
    }
}

/// One candidate of a flow (`GET /assessment-flows/:id/candidates`). The documented answer lists
/// "candidates with their attempts and submission metadata"; the fields below are the assumed minimum.
public struct WireFlowCandidate: Codable, Sendable, Hashable {
    public var email: String
    public var firstName: String?
    public var lastName: String?
    public var status: String
    /// 1-based index of the step the candidate is on (assumed).
    public var currentStep: Int?
    public var assignedAt: Int64?

    public init(email: String, firstName: String?, lastName: String?, status: String, currentStep: Int?,
                assignedAt: Int64?) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.status = status
        self.currentStep = currentStep
        self.assignedAt = assignedAt
    }
}

/// `GET /assessment-flows/:id/candidates` data (assumed shape: like the assessment candidates' list).
public struct WireFlowCandidateList: Codable, Sendable, Hashable {
    public var candidates: [WireFlowCandidate]
    public var pagination: WirePagination

    public init(candidates: [WireFlowCandidate], pagination: WirePagination) {
        self.candidates = candidates
        self.pagination = pagination
    }
}
