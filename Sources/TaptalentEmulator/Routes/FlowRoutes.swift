import Hummingbird
import TaptalentAPI

/// `/assessment-flows...`: list, create, get one, patch, assign a candidate, list candidates.
enum FlowRoutes {
    static func register(_ api: APIRoutes) {
        let store = api.store
        let one = WirePath.flow(":flowId")

        api.get(WirePath.flows) { _, _ throws(APIError) in
            try Reply.success(await store.listFlows())
        }
        api.post(WirePath.flows) { request, _ throws(APIError) in
            let body = try FlowInput.create(try await RequestInput.json(&request))
            return try Reply.success(try await store.createFlow(body))
        }
        api.get(one) { _, context throws(APIError) in
            try Reply.success(try await store.flow(RequestInput.parameter(context, "flowId")))
        }
        api.patch(one) { request, context throws(APIError) in
            let body = try FlowInput.update(try await RequestInput.json(&request))
            return try Reply.success(try await store.updateFlow(RequestInput.parameter(context, "flowId"), body))
        }
        api.post(WirePath.flowAssign(":flowId")) { request, context throws(APIError) in
            let body = try InviteInput.read(try await RequestInput.json(&request))
            return try Reply.success(try await store.assignToFlow(RequestInput.parameter(context, "flowId"), body))
        }
        api.get(WirePath.flowCandidates(":flowId")) { request, context throws(APIError) in
            let query = try candidateQuery(request)
            return try Reply.success(try await store.flowCandidates(RequestInput.parameter(context, "flowId"), query))
        }
    }

    /// `page` (from 1), `pageSize` or `perPage` (1 to 100), `search`, `status` (one of the documented values).
    static func candidateQuery(_ request: Request) throws(APIError) -> FlowCandidateQuery {
        let parameters = request.uri.queryParameters
        var query = FlowCandidateQuery()
        func number(_ name: String, _ range: ClosedRange<Int>) throws(APIError) -> Int? {
            guard let text = parameters.get(name) else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw .invalid(field: name, "\"\(name)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        query.page = try number(WireFlowQuery.page, 1...1_000_000) ?? 1
        let size = 1...WireFlowQuery.maxPageSize
        let pageSize = try number(WireFlowQuery.pageSize, size)
        let perPage = try number(WireFlowQuery.perPage, size)
        query.pageSize = pageSize ?? perPage ?? WireFlowQuery.defaultPageSize
        query.search = parameters.get(WireFlowQuery.search)
        if let status = parameters.get(WireFlowQuery.status) {
            guard WireFlowCandidateStatus.all.contains(status) else {
                throw .invalid(field: WireFlowQuery.status, FieldMessage.oneOf(WireFlowQuery.status, WireFlowCandidateStatus.all))
            }
            query.status = status
        }
        return query
    }
}
