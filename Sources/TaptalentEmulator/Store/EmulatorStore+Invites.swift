import TaptalentAPI

/// Invitations and completed submissions.
extension EmulatorStore {
    /// `POST /assessment/:id/invite`: one email per address (ignoring case) and assessment; a repeat
    /// sends nothing and answers `alreadyInvited: true`. An INACTIVE assessment refuses.
    func invite(_ assessmentId: String, _ body: InviteBody) async throws(APIError) -> WireInviteResult {
        let assessment = try storedAssessment(assessmentId)
        let key = StoredInvite.key(assessmentId: assessmentId, email: body.email)
        guard assessment.status != WireStatus.inactive else {
            let field = AssessmentBodyKey.status.stringValue
            throw .invalid(field: field, "\"\(field)\" is \(WireStatus.inactive): the assessment does not accept invites")
        }
        if let existing = state.invites[key] {
            return WireInviteResult(email: body.email, status: WireInviteStatus.invited, invitedAt: existing.invitedAt, alreadyInvited: true)
        }
        let invite = StoredInvite(
            assessmentId: assessmentId, email: body.email, firstName: body.firstName, lastName: body.lastName,
            invitedAt: Identifiers.nowMillis()
        )
        try await commit(.putInvite(invite))
        counters.countEmail(key)
        return WireInviteResult(email: body.email, status: WireInviteStatus.invited, invitedAt: invite.invitedAt, alreadyInvited: false)
    }

    /// `POST /__sandbox/assessments/:id/completions`: a completed submission (invited or not).
    func complete(_ assessmentId: String, _ body: EmulatorCompletionBody) async throws(APIError) -> WireCandidate {
        _ = try storedAssessment(assessmentId)
        let completion = StoredCompletion(
            candidateId: newId(), assessmentId: assessmentId, email: body.email, firstName: body.firstName,
            lastName: body.lastName, score: body.score, cefrLevel: body.cefrLevel, submittedAt: Identifiers.nowMillis()
        )
        try await commit(.putCompletion(completion))
        return WireMapping.candidate(completion)
    }

    /// `POST /__sandbox/jobs`: a new job with the next free number as its id.
    func addJob(_ body: JobBody) async throws(APIError) -> WireJob {
        let job = StoredJob(
            id: String(state.nextJobNumber), title: body.title, city: body.city, state: body.state,
            country: body.country, status: body.status ?? WireJobStatus.active, workMode: body.workMode,
            description: body.description
        )
        try await commit(.putJob(job))
        return WireMapping.job(job)
    }

    /// `POST /__sandbox/reset`: no assessments, invites or completions; the demo jobs; counters at zero.
    func reset() async throws(APIError) {
        try await commit(.reset)
        counters.reset()
    }
}
