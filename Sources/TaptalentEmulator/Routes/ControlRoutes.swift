import Hummingbird
import TaptalentAPI

/// The test controls under `/__sandbox/` (served only when enabled; no API key; not counted; no faults).
/// They answer bare JSON.
enum ControlRoutes {
    static func register(_ router: Router<BasicRequestContext>, store: EmulatorStore, faults: FaultInjector) {
        router.post(RouterPath(EmulatorControlPath.reset)) { _, _ -> Response in
            try await store.reset()
            faults.reset()
            return try Reply.bare(JSONValue.object([:]))
        }
        router.post(RouterPath(EmulatorControlPath.jobs)) { request, _ -> Response in
            var request = request
            let body = try ControlInput.job(try await RequestInput.json(&request))
            return try Reply.bare(try await store.addJob(body))
        }
        router.post(RouterPath(EmulatorControlPath.completions(":assessmentId"))) { request, context -> Response in
            var request = request
            let body = try ControlInput.completion(try await RequestInput.json(&request))
            return try Reply.bare(WireJSON.candidate(try await store.complete(RequestInput.parameter(context, "assessmentId"), body)))
        }
        router.get(RouterPath(EmulatorControlPath.counters)) { _, _ -> Response in
            try Reply.bare(store.counters.snapshot)
        }
        router.get(RouterPath(EmulatorControlPath.faults)) { _, _ -> Response in
            try Reply.bare(faults.current)
        }
        router.put(RouterPath(EmulatorControlPath.faults)) { request, _ -> Response in
            var request = request
            let body = try ControlInput.faults(try await RequestInput.json(&request))
            faults.configure(body)
            return try Reply.bare(body)
        }
    }
}
