import TaptalentAPI

/// Assessment flows: the documented rules, and the assumed ones (`WireFlowRules`).
extension EmulatorStore {
    func listFlows() -> [WireFlow] {
        state.flows.flows.values.sorted { (Int($0.id) ?? 0) < (Int($1.id) ?? 0) }.map { wireFlow($0) }
    }

    func flow(_ id: String) throws(APIError) -> WireFlow {
        wireFlow(try storedFlow(id), enriched: true)
    }

    /// `POST /assessment-flows`: every step's assessment must exist (400 `steps[N].assessmentId`).
    func createFlow(_ body: FlowBody) async throws(APIError) -> WireFlow {
        let steps = try storedSteps(body.steps ?? [])
        let flow = StoredFlow(
            id: String(state.flows.nextFlowNumber), flowName: body.flowName ?? "", description: body.description?.optional,
            status: WireStatus.active, steps: steps, createdAt: Identifiers.nowMillis())
        try await commit(.putFlow(flow))
        return wireFlow(flow, enriched: true)
    }

    /// `PATCH /assessment-flows/:id`: existing steps cannot be changed or removed; only their thresholds
    /// may be adjusted, and steps appended (a 400 naming `steps` otherwise).
    func updateFlow(_ id: String, _ body: FlowBody) async throws(APIError) -> WireFlow {
        var flow = try storedFlow(id)
        if let name = body.flowName { flow.flowName = name }
        if let description = body.description { flow.description = description.optional }
        if let status = body.status { flow.status = status }
        if let given = body.steps {
            let field = FlowBody.CodingKeys.steps.stringValue
            guard given.count >= flow.steps.count else {
                throw .invalid(field: field, "\"\(field)\" cannot remove existing steps (the flow has \(flow.steps.count), "
                    + "the request sends \(given.count)); create a new flow instead")
            }
            for (index, (old, new)) in zip(flow.steps, given).enumerated() where !Self.keeps(old, new) {
                throw .invalid(field: field, "\"\(field)\" cannot change existing step \(index + 1): only its "
                    + "\"\(FlowStepBody.CodingKeys.passThreshold.stringValue)\" may be adjusted; create a new flow instead")
            }
            let appended = try storedSteps(Array(given.dropFirst(flow.steps.count)), offset: flow.steps.count)
            for index in flow.steps.indices { flow.steps[index].passThreshold = given[index].passThreshold }
            flow.steps += appended
        }
        try await commit(.putFlow(flow))
        return wireFlow(flow, enriched: true)
    }

    /// Assumed: assigning a candidate sends the first step's invite, once per address (ignoring case) and
    /// flow; a repeat sends nothing and answers `alreadyInvited: true`. An INACTIVE flow refuses.
    func assignToFlow(_ flowId: String, _ body: InviteBody) async throws(APIError) -> WireInviteResult {
        let flow = try storedFlow(flowId)
        guard flow.status != WireStatus.inactive else {
            let field = FlowBody.CodingKeys.status.stringValue
            throw .invalid(field: field, "\"\(field)\" is \(WireStatus.inactive): the flow does not accept candidates")
        }
        let key = StoredFlowAssignment.key(flowId: flowId, email: body.email)
        if let existing = state.flows.assignments[key] {
            return WireInviteResult(email: body.email, status: WireInviteStatus.invited, invitedAt: existing.assignedAt, alreadyInvited: true)
        }
        let assignment = StoredFlowAssignment(
            flowId: flowId, email: body.email, firstName: body.firstName, lastName: body.lastName,
            assignedAt: Identifiers.nowMillis())
        try await commit(.putFlowAssignment(assignment))
        counters.countEmail(key)
        return WireInviteResult(email: body.email, status: WireInviteStatus.invited, invitedAt: assignment.assignedAt, alreadyInvited: false)
    }

    /// `GET /assessment-flows/:id/candidates`, in assignment order. A candidate's status follows the
    /// completions recorded for the steps' assessments (assumed): a step is passed when a completion's score
    /// reaches its threshold, failed when it does not; all passed is COMPLETED.
    func flowCandidates(_ flowId: String, _ query: FlowCandidateQuery) throws(APIError) -> WireFlowCandidateList {
        let flow = try storedFlow(flowId)
        let all = (state.flows.assignmentOrder[flowId] ?? []).compactMap { state.flows.assignments[$0] }
            .map { candidate($0, in: flow) }
            .filter { query.status == nil || $0.status == query.status }
            .filter { candidate in
                guard let search = query.search?.lowercased(), !search.isEmpty else { return true }
                let name = [candidate.firstName, candidate.lastName].compactMap { $0 }.joined(separator: " ").lowercased()
                return candidate.email.lowercased().contains(search) || name.contains(search)
            }
        let start = min(all.count, (query.page - 1) * query.pageSize)
        let end = min(all.count, start + query.pageSize)
        return WireFlowCandidateList(
            candidates: Array(all[start..<end]),
            pagination: WirePagination(page: query.page, limit: query.pageSize, total: all.count))
    }

    // MARK: - Helpers

    private func storedFlow(_ id: String) throws(APIError) -> StoredFlow {
        guard let flow = state.flows.flows[id] else { throw .notFound("Assessment flow \(id) not found.") }
        return flow
    }

    private func storedSteps(_ steps: [FlowStepBody], offset: Int = 0) throws(APIError) -> [StoredFlowStep] {
        var errors: [String: String] = [:]
        var stored: [StoredFlowStep] = []
        for (index, step) in steps.enumerated() {
            guard state.assessments[step.assessmentId] != nil else {
                let field = WireFlowRules.stepField(offset + index, FlowStepBody.CodingKeys.assessmentId.stringValue)
                errors[field] = "\"\(field)\" must reference an existing assessment"
                continue
            }
            stored.append(StoredFlowStep(
                assessmentId: step.assessmentId, passThreshold: step.passThreshold,
                assessmentType: step.assessmentType ?? WireAssessmentType.audioInterview, name: step.name,
                instructions: step.instructions, passAction: step.passAction))
        }
        guard errors.isEmpty else { throw .invalid(errors) }
        return stored
    }

    /// Whether a PATCH's step leaves the existing one as it is (its threshold aside). A field the PATCH
    /// leaves out is kept.
    private static func keeps(_ old: StoredFlowStep, _ new: FlowStepBody) -> Bool {
        old.assessmentId == new.assessmentId
            && (new.name == nil || new.name == old.name)
            && (new.instructions == nil || new.instructions == old.instructions)
            && (new.passAction == nil || new.passAction == old.passAction)
    }

    private func wireFlow(_ flow: StoredFlow, enriched: Bool = false) -> WireFlow {
        let count = state.flows.assignmentOrder[flow.id]?.count ?? 0
        return WireFlow(
            id: WireID(flow.id), companyId: WireID(ids.companyId), flowName: flow.flowName,
            description: flow.description, status: flow.status, candidateCount: count,
            steps: flow.steps.map { step in
                let assessment = enriched ? state.assessments[step.assessmentId] : nil
                return WireFlowStep(
                    assessmentId: WireID(step.assessmentId), passThreshold: step.passThreshold,
                    assessmentType: step.assessmentType, name: step.name, instructions: step.instructions,
                    passAction: step.passAction, assessmentName: assessment?.testName, assessmentDuration: assessment?.duration)
            })
    }

    private func candidate(_ assignment: StoredFlowAssignment, in flow: StoredFlow) -> WireFlowCandidate {
        var status = WireFlowCandidateStatus.completed
        var current = flow.steps.count
        for (index, step) in flow.steps.enumerated() {
            let completion = state.completions[step.assessmentId]?.last { $0.email.lowercased() == assignment.email.lowercased() }
            guard let completion else {
                status = index == 0 ? WireFlowCandidateStatus.notStarted : WireFlowCandidateStatus.inProgress
                current = index + 1
                break
            }
            if completion.score < step.passThreshold {
                status = WireFlowCandidateStatus.failed
                current = index + 1
                break
            }
        }
        return WireFlowCandidate(
            email: assignment.email, firstName: assignment.firstName, lastName: assignment.lastName, status: status,
            currentStep: current, assignedAt: assignment.assignedAt)
    }
}

/// The query of `GET /assessment-flows/:id/candidates`.
struct FlowCandidateQuery: Sendable {
    var page = 1
    var pageSize = WireFlowQuery.defaultPageSize
    var search: String?
    var status: String?
}
