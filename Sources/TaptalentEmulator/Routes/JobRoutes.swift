import TaptalentAPI

/// Jobs, read only, answered bare (no envelope) as the service does.
enum JobRoutes {
    static func register(_ api: APIRoutes) {
        let store = api.store
        api.get(WirePath.jobs) { request, _ throws(APIError) in
            try Reply.bare(await store.jobs(try RequestInput.page(request)))
        }
        api.get(WirePath.job(":jobId")) { _, context throws(APIError) in
            try Reply.bare(try await store.job(RequestInput.parameter(context, "jobId")))
        }
    }
}
