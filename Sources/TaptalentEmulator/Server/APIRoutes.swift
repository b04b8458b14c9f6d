import Hummingbird
import TaptalentAPI

/// Registers the Partner API routes under `/v1/partner`. Each route, in order: is counted under its
/// pattern (`"GET /assessment/:assessmentId"`), waits the injected latency, checks the API key (401),
/// takes a token from the account's rate limit (429), checks that a POST or PUT body is declared JSON
/// (`WireRequestRules`), draws the 500/429 faults (before anything is applied), runs, and for a write may
/// drop the connection.
struct APIRoutes {
    typealias Handler = @Sendable (inout Request, BasicRequestContext) async throws(APIError) -> Response

    let group: RouterGroup<BasicRequestContext>
    let store: EmulatorStore
    let faults: FaultInjector
    let apiKey: String
    let variant: WireVariant

    func get(_ pattern: String, _ handler: @escaping Handler) { add(.get, pattern, handler) }
    func post(_ pattern: String, _ handler: @escaping Handler) { add(.post, pattern, handler) }
    func put(_ pattern: String, _ handler: @escaping Handler) { add(.put, pattern, handler) }
    func patch(_ pattern: String, _ handler: @escaping Handler) { add(.patch, pattern, handler) }
    func delete(_ pattern: String, _ handler: @escaping Handler) { add(.delete, pattern, handler) }

    private func add(_ method: HTTPRequest.Method, _ pattern: String, _ handler: @escaping Handler) {
        let counterKey = "\(method) /\(pattern)"
        let isWrite = method != .get
        let needsJSON = WireRequestRules.bodyMethods.contains(method.rawValue)
        let counters = store.counters
        let (faults, expected, variant) = (faults, WireHeader.bearerPrefix + apiKey, variant)
        group.on(RouterPath(pattern), method: method, use: { request, context -> Response in
            counters.countRequest(counterKey)
            let latency = faults.latency()
            if latency > .zero { try? await Task.sleep(for: latency) }
            guard Self.matches(request.headers[.authorization], expected) else { throw APIError.unauthorized }
            if let limited = faults.rateLimited() {
                counters.countRateLimited()
                throw limited
            }
            if needsJSON, RequestInput.hasBody(request), !RequestInput.declaresJSON(request.headers[.contentType]) {
                throw APIError.notDeclaredJSON(request.headers[.contentType])
            }
            if let fault = faults.beforeHandling() { throw fault }
            var request = request
            let response = try await WireVariant.$current.withValue(variant) { try await handler(&request, context) }
            if isWrite, faults.dropsAfterWrite() { return DroppedConnection.response() }
            return response
        })
    }

    /// Compares the Authorization header in constant time for equal lengths.
    private static func matches(_ header: String?, _ expected: String) -> Bool {
        guard let header else { return false }
        let given = Array(header.utf8)
        let wanted = Array(expected.utf8)
        guard given.count == wanted.count else { return false }
        return zip(given, wanted).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
