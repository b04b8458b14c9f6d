// The whole state of the emulator, and how a mutation changes it. Pure: no I/O, no clock.

struct EmulatorState: Codable, Sendable, Hashable {
    var assessments: [String: StoredAssessment] = [:]
    /// Assessment ids in creation order (the list answers newest first).
    var assessmentOrder: [String] = []
    var jobs: [String: StoredJob] = [:]
    var invites: [String: StoredInvite] = [:]
    /// Completions per assessment id, in submission order.
    var completions: [String: [StoredCompletion]] = [:]
    /// The number the next seeded job gets; never goes down, not even on reset, so ids are never reused.
    var nextJobNumber: Int = DemoJobs.firstSeededNumber
    /// Flows and their candidates; nil in a snapshot written before flows existed (read as empty).
    var flowState: FlowState?

    var flows: FlowState {
        get { flowState ?? FlowState() }
        set { flowState = newValue }
    }

    /// A new store: no assessments, the demo jobs.
    static func initial() -> EmulatorState {
        var state = EmulatorState()
        state.apply(.reset)
        return state
    }

    mutating func apply(_ mutation: Mutation) {
        switch mutation {
        case .putAssessment(let assessment):
            if assessments[assessment.id] == nil { assessmentOrder.append(assessment.id) }
            assessments[assessment.id] = assessment
        case .putJob(let job):
            jobs[job.id] = job
            if let number = Int(job.id) { nextJobNumber = max(nextJobNumber, number + 1) }
        case .putInvite(let invite):
            invites[invite.key] = invite
        case .putCompletion(let completion):
            var list = completions[completion.assessmentId, default: []]
            if let index = list.firstIndex(where: { $0.candidateId == completion.candidateId }) {
                list[index] = completion
            } else {
                list.append(completion)
            }
            completions[completion.assessmentId] = list
        case .putFlow(let flow):
            flows.flows[flow.id] = flow
            if let number = Int(flow.id) { flows.nextFlowNumber = max(flows.nextFlowNumber, number + 1) }
        case .putFlowAssignment(let assignment):
            if flows.assignments[assignment.key] == nil { flows.assignmentOrder[assignment.flowId, default: []].append(assignment.key) }
            flows.assignments[assignment.key] = assignment
        case .reset:
            let next = flows.nextFlowNumber
            flows = FlowState()
            flows.nextFlowNumber = next
            assessments = [:]
            assessmentOrder = []
            invites = [:]
            completions = [:]
            jobs = Dictionary(uniqueKeysWithValues: DemoJobs.all.map { ($0.id, $0) })
        }
    }

    /// Jobs sorted by numeric id (demo jobs first), non-numeric ids after, by string.
    var sortedJobs: [StoredJob] {
        jobs.values.sorted { lhs, rhs in
            switch (Int(lhs.id), Int(rhs.id)) {
            case let (l?, r?): return l < r
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return lhs.id < rhs.id
            }
        }
    }

    func submissionCount(_ assessmentId: String) -> Int { completions[assessmentId]?.count ?? 0 }
}
