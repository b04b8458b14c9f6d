import Hummingbird
import TaptalentAPI

/// Outermost middleware: turns every error into the error envelope (an unknown route is a 404
/// NOT_FOUND, never a 500 for bad input) and writes one log line per request: method, path (no query),
/// status (or `dropped`), milliseconds. Headers, and so the API key, are never logged.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let log: (@Sendable (String) -> Void)?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = Reply.error(error)
        } catch let error as any HTTPResponseError {
            response = Reply.error(Self.apiError(for: error.status))
        } catch {
            response = Reply.error(.internalError("The emulator failed to handle the request."))
        }
        let dropped = response.headers[DroppedConnection.marker] != nil
        response.headers[DroppedConnection.marker] = nil
        if let log {
            let elapsed = ContinuousClock.now - start
            let millis = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let status = dropped ? "dropped" : String(response.status.code)
            log("\(request.method) \(request.uri.path) \(status) \(Int(millis.rounded()))ms")
        }
        return response
    }

    private static func apiError(for status: HTTPResponse.Status) -> APIError {
        switch status.code {
        case 404, 405: return .routeNotFound
        case 400..<500:
            return APIError(status: status.code, code: WireErrorCode.invalidRequest, type: WireErrorType.validation,
                            message: status.reasonPhrase, details: nil)
        default: return .internalError("The emulator failed to handle the request.")
        }
    }
}
