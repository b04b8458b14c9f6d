import TaptalentAPI

/// Inviting a candidate, and the candidates who completed an assessment.
enum InviteRoutes {
    static func register(_ api: APIRoutes) {
        let store = api.store
        api.post(WirePath.invite(":assessmentId")) { request, context throws(APIError) in
            let body = try InviteInput.read(try await RequestInput.json(&request))
            return try Reply.success(try await store.invite(RequestInput.parameter(context, "assessmentId"), body))
        }
        api.get(WirePath.candidates(":assessmentId")) { request, context throws(APIError) in
            let page = try RequestInput.page(request)
            return try Reply.success(WireJSON.candidateList(try await store.candidates(RequestInput.parameter(context, "assessmentId"), page)))
        }
    }
}
