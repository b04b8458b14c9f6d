import Hummingbird
import TaptalentAPI

/// The test controls under `/__sandbox/` (served only when enabled; no API key; not counted; no faults).
/// They answer bare JSON.
enum ControlRoutes {
    static func register(_ router: Router<BasicRequestContext>, store: SandboxStore, faults: FaultInjector) {
        router.post(RouterPath(SandboxControlPath.reset)) { _, _ -> Response in
            try await store.reset()
            faults.reset()
            return try Reply.bare(JSONValue.object([:]))
        }
        router.post(RouterPath(SandboxControlPath.jobs)) { request, _ -> Response in
            var request = request
            let body = try ControlInput.job(try await RequestInput.json(&request))
            return try Reply.bare(try await store.addJob(body))
        }
        router.post(RouterPath(SandboxControlPath.completions(":assessmentId"))) { request, context -> Response in
            var request = request
            let body = try ControlInput.completion(try await RequestInput.json(&request))
            return try Reply.bare(WireJSON.candidate(try await store.complete(RequestInput.parameter(context, "assessmentId"), body)))
        }
        router.get(RouterPath(SandboxControlPath.counters)) { _, _ -> Response in
            try Reply.bare(store.counters.snapshot)
        }
        router.get(RouterPath(SandboxControlPath.faults)) { _, _ -> Response in
            try Reply.bare(faults.current)
        }
        router.put(RouterPath(SandboxControlPath.faults)) { request, _ -> Response in
            var request = request
            let body = try ControlInput.faults(try await RequestInput.json(&request))
            faults.configure(body)
            return try Reply.bare(body)
        }
    }
}
