import TaptalentAPI

/// Questions of one assessment: add, update (and move), delete, generate.
enum QuestionRoutes {
    static func register(_ api: APIRoutes) {
        let store = api.store
        let question = WirePath.question(":assessmentId", ":questionId")

        api.post(WirePath.questions(":assessmentId")) { request, context throws(APIError) in
            let body = try QuestionInput.add(try await RequestInput.json(&request))
            return try Reply.success(try await store.addQuestion(RequestInput.parameter(context, "assessmentId"), body))
        }
        api.put(question) { request, context throws(APIError) in
            let body = try QuestionInput.update(try await RequestInput.json(&request))
            return try Reply.success(try await store.updateQuestion(
                RequestInput.parameter(context, "assessmentId"), RequestInput.parameter(context, "questionId"), body
            ))
        }
        api.delete(question) { _, context throws(APIError) in
            try await store.deleteQuestion(
                RequestInput.parameter(context, "assessmentId"), RequestInput.parameter(context, "questionId")
            )
            return try Reply.success(WireDeleted(deleted: true))
        }
        api.post(WirePath.generateQuestions(":assessmentId")) { request, context throws(APIError) in
            let count = try GenerationInput.count(try await RequestInput.json(&request))
            let questions = try await store.generateQuestions(RequestInput.parameter(context, "assessmentId"), count: count)
            return try Reply.success(WireGeneratedQuestions(questions: questions))
        }
    }
}
