import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TaptalentAPI

/// A transport that answers from a script, one step per request, and records what was sent.
final class ScriptedTransport: HTTPTransport {
    enum Step: Sendable {
        case answer(status: Int, body: String, headers: [String: String] = [:])
        case fail(URLError.Code)
    }

    private let state: Locked<(steps: [Step], sent: [URLRequest])>

    init(_ steps: [Step]) {
        state = Locked((steps, []))
    }

    var sent: [URLRequest] { state.withLock { $0.sent } }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let step: Step = state.withLock { state in
            state.sent.append(request)
            return state.steps.isEmpty ? .answer(status: 599, body: "script exhausted") : state.steps.removeFirst()
        }
        switch step {
        case .answer(let status, let body, let headers):
            let response = HTTPURLResponse(url: request.url!, statusCode: status, httpVersion: "HTTP/1.1", headerFields: headers)!
            return (Data(body.utf8), response)
        case .fail(let code):
            throw URLError(code)
        }
    }
}

let testKey = APIKey("sk_test_ABCDEFGHIJKLMNOPQRSTUV")
let testKeyText = "sk_test_ABCDEFGHIJKLMNOPQRSTUV"

/// A client over a scripted transport at a loopback URL.
func scriptedClient(
    _ steps: [ScriptedTransport.Step], sleeper: RecordingSleeper = RecordingSleeper(), postRetry: PostRetry = .whenNotApplied,
    readOnly: Bool = false, debug: LineCollector? = nil
) throws -> (TaptalentClient, ScriptedTransport, RecordingSleeper) {
    let transport = ScriptedTransport(steps)
    let configuration = TaptalentConfiguration(
        baseURL: URL(string: "http://127.0.0.1:9/v1/partner")!, apiKey: testKey, readOnly: readOnly,
        retry: testRetryPolicy(sleeper, postRetry: postRetry), debugSink: debug?.sink)
    return (try TaptalentClient(configuration: configuration, transport: transport), transport, sleeper)
}

let validationErrorBody = """
{"error":{"code":"INVALID_REQUEST","type":"validation_error","message":"One or more fields are invalid.",\
"details":{"testName":"\\"testName\\" length must be at least 3 characters long"}}}
"""

let serverErrorBody = #"{"error":{"code":"INTERNAL_ERROR","type":"api_error","message":"Something went wrong."}}"#
let rateLimitBody = #"{"error":{"code":"RATE_LIMITED","type":"rate_limit_error","message":"Too many requests."}}"#
