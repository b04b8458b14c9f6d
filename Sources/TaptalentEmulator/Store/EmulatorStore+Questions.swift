import TaptalentAPI

/// Adding, changing, moving, deleting and generating questions. Orders stay 1...n: a question's order
/// is its position in the assessment's list.
extension EmulatorStore {
    /// `POST /assessment/:id/questions`: appended, or inserted at `order` with the later ones shifted down.
    func addQuestion(_ assessmentId: String, _ body: QuestionBody) async throws(APIError) -> WireQuestion {
        var assessment = try storedAssessment(assessmentId)
        try requireRoom(assessment, adding: 1, field: AssessmentBodyKey.questions.stringValue)
        let position = try checkedPosition(body.order, count: assessment.questions.count + 1)
        let question = newQuestion(body)
        let index = position ?? assessment.questions.count
        assessment.questions.insert(question, at: index)
        try await save(&assessment)
        counters.countCreated(assessments: 0, questions: 1)
        return WireMapping.question(question, order: index + 1)
    }

    /// `PUT /assessment/:id/questions/:qid`: the fields given change; a new `order` moves the question.
    func updateQuestion(_ assessmentId: String, _ questionId: String, _ body: QuestionBody) async throws(APIError) -> WireQuestion {
        var assessment = try storedAssessment(assessmentId)
        var index = try questionIndex(assessment, questionId)
        let position = try checkedPosition(body.order, count: assessment.questions.count)
        var question = assessment.questions[index]
        if let text = body.question { question.text = text }
        if let timeLimit = body.timeLimit { question.timeLimit = timeLimit }
        if let idealAnswer = body.idealAnswer { question.idealAnswer = idealAnswer.optional }
        let before = assessment
        assessment.questions.remove(at: index)
        index = position ?? index
        assessment.questions.insert(question, at: index)
        if assessment != before { try await save(&assessment) }
        return WireMapping.question(question, order: index + 1)
    }

    /// `DELETE /assessment/:id/questions/:qid`: later questions move up.
    func deleteQuestion(_ assessmentId: String, _ questionId: String) async throws(APIError) {
        var assessment = try storedAssessment(assessmentId)
        assessment.questions.remove(at: try questionIndex(assessment, questionId))
        try await save(&assessment)
    }

    /// `POST /assessment/:id/generate-questions`: appends `count` new questions unlike the existing ones.
    func generateQuestions(_ assessmentId: String, count: Int) async throws(APIError) -> [WireQuestion] {
        var assessment = try storedAssessment(assessmentId)
        try requireRoom(assessment, adding: count, field: AutoGenerateBody.CodingKeys.numberOfQuestions.stringValue)
        let generated = QuestionGenerator.generate(
            generationInput(assessment), count: count, existing: assessment.questions.map(\.text)
        )
        let first = assessment.questions.count
        assessment.questions += generated.map {
            StoredQuestion(id: newId(), text: $0.text, timeLimit: $0.timeLimit, idealAnswer: $0.idealAnswer)
        }
        try await save(&assessment)
        counters.countCreated(assessments: 0, questions: generated.count)
        return assessment.questions[first...].enumerated().map { WireMapping.question($0.element, order: first + $0.offset + 1) }
    }

    private func save(_ assessment: inout StoredAssessment) async throws(APIError) {
        assessment.lastUpdatedOn = max(Identifiers.nowMillis(), assessment.createdAt)
        try await commit(.putAssessment(assessment))
    }

    private func questionIndex(_ assessment: StoredAssessment, _ questionId: String) throws(APIError) -> Int {
        guard let index = assessment.questions.firstIndex(where: { $0.id == questionId }) else {
            throw .notFound("Question \(questionId) not found in assessment \(assessment.id).")
        }
        return index
    }

    /// The 0-based index for a requested 1-based `order`, which must lie in 1...count.
    private func checkedPosition(_ order: Int?, count: Int) throws(APIError) -> Int? {
        guard let order else { return nil }
        guard order <= count else {
            throw .invalid(field: QuestionBody.CodingKeys.order.stringValue, FieldMessage.atMost(QuestionBody.CodingKeys.order.stringValue, String(count)))
        }
        return order - 1
    }

    private func requireRoom(_ assessment: StoredAssessment, adding: Int, field: String) throws(APIError) {
        let room = WireLimits.maxQuestions - assessment.questions.count
        guard adding <= room else {
            throw .invalid(field: field, "\"\(field)\" would exceed the limit of \(WireLimits.maxQuestions) questions "
                + "per assessment (it has \(assessment.questions.count); room for \(room) more)")
        }
    }
}
