import TaptalentAPI

/// `GET/POST /assessment...`: list, create, auto-generate, get one, update.
enum AssessmentRoutes {
    static func register(_ api: APIRoutes) {
        let store = api.store
        let one = WirePath.assessment(":assessmentId")

        api.get(WirePath.assessments) { request, _ throws(APIError) in
            try Reply.success(WireJSON.assessmentList(await store.listAssessments(try RequestInput.page(request))))
        }
        api.post(WirePath.createAudioInterview) { request, _ throws(APIError) in
            let body = try AssessmentInput.create(try await RequestInput.json(&request))
            return try Reply.success(WireJSON.assessment(try await store.create(body)))
        }
        api.post(WirePath.autoGenerate) { request, _ throws(APIError) in
            let body = try AssessmentInput.autoGenerate(try await RequestInput.json(&request))
            return try Reply.success(WireJSON.assessment(try await store.autoGenerate(body)))
        }
        api.get(one) { _, context throws(APIError) in
            try Reply.success(WireJSON.assessment(try await store.assessment(RequestInput.parameter(context, "assessmentId"))))
        }
        api.put(one) { request, context throws(APIError) in
            let body = try AssessmentInput.update(try await RequestInput.json(&request))
            return try Reply.success(WireJSON.assessment(try await store.update(RequestInput.parameter(context, "assessmentId"), body)))
        }
    }
}
