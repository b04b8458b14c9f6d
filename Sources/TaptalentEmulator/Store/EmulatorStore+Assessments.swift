import TaptalentAPI

/// Creating, updating and auto-generating assessments.
extension EmulatorStore {
    /// `POST /assessment/audio-interviews`, with a validated body.
    func create(_ body: AssessmentBody) async throws(APIError) -> WireAssessment {
        _ = try requireJob(body.jobId?.optional)
        let inline = (body.questions ?? []).enumerated()
            .sorted { ($0.element.order ?? $0.offset + 1, $0.offset) < ($1.element.order ?? $1.offset + 1, $1.offset) }
            .map { newQuestion($0.element) }
        return try await insert(body, role: body.hiringForRole ?? "", questions: inline)
    }

    /// `PUT /assessment/:id`: only the fields given change.
    func update(_ id: String, _ body: AssessmentBody) async throws(APIError) -> WireAssessment {
        var assessment = try storedAssessment(id)
        if let jobId = body.jobId { _ = try requireJob(jobId.optional) }
        let before = assessment
        for setting in AssessmentSetting.allCases { assessment.update(setting, from: body) }
        guard assessment != before else { return wire(assessment) }
        assessment.lastUpdatedOn = max(Identifiers.nowMillis(), assessment.createdAt)
        try await commit(.putAssessment(assessment))
        return wire(assessment)
    }

    /// `POST /assessment/auto-generate`: the source is the job (which must exist) and/or hiringForRole;
    /// from a job, hiringForRole defaults to the job's title.
    func autoGenerate(_ body: AutoGenerateBody) async throws(APIError) -> WireAssessment {
        let job = try requireJob(body.assessment.jobId?.optional)
        let role = body.assessment.hiringForRole
            ?? String((job?.title ?? "").prefix(WireLimits.hiringForRoleLength.upperBound))
        let input = GenerationInput(
            role: role, purpose: body.assessment.purposeOfInterview?.optional, skills: body.assessment.skills ?? [],
            jobTitle: job?.title, jobPlace: job.map { "\($0.city), \($0.country)" }
        )
        let generated = QuestionGenerator.generate(
            input, count: body.numberOfQuestions ?? WireLimits.defaultNumberOfQuestions, existing: []
        )
        let questions = generated.map { StoredQuestion(id: newId(), text: $0.text, timeLimit: $0.timeLimit, idealAnswer: $0.idealAnswer) }
        return try await insert(body.assessment, role: role, questions: questions)
    }

    /// The generation inputs of an existing assessment (its job, when it still exists, adds title and place).
    func generationInput(_ assessment: StoredAssessment) -> GenerationInput {
        let job = assessment.jobId.flatMap { state.jobs[$0] }
        return GenerationInput(
            role: assessment.hiringForRole, purpose: assessment.purposeOfInterview, skills: assessment.skills,
            jobTitle: job?.title, jobPlace: job.map { "\($0.city), \($0.country)" }
        )
    }

    func newQuestion(_ body: QuestionBody) -> StoredQuestion {
        StoredQuestion(
            id: newId(), text: body.question ?? "", timeLimit: body.timeLimit ?? WireLimits.defaultTimeLimitSeconds,
            idealAnswer: body.idealAnswer?.optional
        )
    }

    private func insert(_ body: AssessmentBody, role: String, questions: [StoredQuestion]) async throws(APIError) -> WireAssessment {
        let now = Identifiers.nowMillis()
        let assessment = StoredAssessment(
            id: newId(), testName: body.testName ?? "", jobId: body.jobId?.optional,
            status: body.status ?? WireStatus.active, hiringForRole: role,
            purposeOfInterview: body.purposeOfInterview?.optional,
            duration: body.duration ?? WireLimits.defaultDurationMinutes,
            aiLanguage: body.aiLanguage ?? WireLimits.defaultLanguage, skills: body.skills ?? [],
            isEmailVerificationRequired: body.isEmailVerificationRequired ?? false,
            shouldEvaluateCEFR: body.shouldEvaluateCEFR ?? false, createdAt: now, lastUpdatedOn: now,
            questions: questions
        )
        try await commit(.putAssessment(assessment))
        counters.countCreated(assessments: 1, questions: questions.count)
        return wire(assessment)
    }
}

extension StoredAssessment {
    /// Sets one setting from an update body, when the body carries it (a `PUT` changes only the fields given).
    mutating func update(_ setting: AssessmentSetting, from body: AssessmentBody) {
        switch setting {
        case .name: if let value = body.testName { testName = value }
        case .role: if let value = body.hiringForRole { hiringForRole = value }
        case .purpose: if let value = body.purposeOfInterview { purposeOfInterview = value.optional }
        case .durationMinutes: if let value = body.duration { duration = value }
        case .language: if let value = body.aiLanguage { aiLanguage = value }
        case .skills: if let value = body.skills { skills = value }
        case .job: if let value = body.jobId { jobId = value.optional }
        case .emailVerification: if let value = body.isEmailVerificationRequired { isEmailVerificationRequired = value }
        case .evaluateCEFR: if let value = body.shouldEvaluateCEFR { shouldEvaluateCEFR = value }
        case .status: if let value = body.status { status = value }
        }
    }
}
