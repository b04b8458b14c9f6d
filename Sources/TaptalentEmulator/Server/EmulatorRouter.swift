import Hummingbird
import TaptalentAPI

/// Puts the routes together: the request log and error envelope around everything, the Partner API
/// under `/v1/partner`, and the test controls when enabled.
enum EmulatorRouter {
    static func build(
        store: EmulatorStore, faults: FaultInjector, apiKey: String, variant: WireVariant, testControls: Bool,
        log: (@Sendable (String) -> Void)?
    ) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLogMiddleware(log: log))
        let api = APIRoutes(
            group: router.group(RouterPath(WirePath.apiPrefix)), store: store, faults: faults, apiKey: apiKey, variant: variant
        )
        AssessmentRoutes.register(api)
        QuestionRoutes.register(api)
        InviteRoutes.register(api)
        JobRoutes.register(api)
        FlowRoutes.register(api)
        if testControls {
            ControlRoutes.register(router, store: store, faults: faults)
        }
        return router
    }
}
