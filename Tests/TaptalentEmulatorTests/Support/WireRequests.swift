import Foundation
import TaptalentAPI
import TaptalentEmulator

/// An answer as the tests see it.
struct Answer {
    var status: Int
    var headers: [String: String]
    var body: Data
    var json: JSON { JSON(try? JSONDecoder().decode(JSONValue.self, from: body)) }
    /// `data` of the success envelope.
    var data: JSON { json["data"] }
    /// `error.details` of the error envelope.
    var details: JSON { json["error"]["details"] }
    var code: String? { json["error"]["code"].string }
}

/// Requests to the emulator written as they go on the wire (the shared `TestEmulator` sends them).
extension TestEmulator {
    /// An API request: `path` is relative to `/v1/partner`, `key` defaults to the right one (nil sends none).
    func api(_ method: String, _ path: String, _ payload: Any? = nil, key: String?? = .some(nil)) async throws -> Answer {
        let sentKey: String? = switch key { case .none: nil; case .some(nil): apiKey; case .some(let k?): k }
        return try await answer(method, origin + WirePath.apiPrefix + "/" + path, payload.map { Self.encode(body($0)) }, key: sentKey)
    }

    /// An API request with a raw body (for malformed JSON).
    func api(_ method: String, _ path: String, raw: String) async throws -> Answer {
        try await answer(method, origin + WirePath.apiPrefix + "/" + path, Data(raw.utf8), key: apiKey)
    }

    /// A test-control request (`path` starts with `/__sandbox`).
    func control(_ method: String, _ path: String, _ payload: Any? = nil) async throws -> Answer {
        try await answer(method, origin + path, payload.map { Self.encode(body($0)) }, key: nil)
    }

    private func answer(_ method: String, _ url: String, _ body: Data?, key: String?) async throws -> Answer {
        let (status, headers, data) = try await send(method, url, body, key: key)
        return Answer(status: status, headers: headers, body: data)
    }

    static func encode(_ value: JSONValue) -> Data { try! JSONEncoder().encode(value) }

    // MARK: - Shortcuts

    /// Creates an assessment (valid by default; `extra` adds or overrides fields) and returns its data.
    func createAssessment(_ extra: [String: Any] = [:], questions: Int = 0) async throws -> JSON {
        var fields: [String: Any] = ["testName": "Backend screen", "hiringForRole": "Backend Engineer"]
        if questions > 0 {
            fields["questions"] = (1...questions).map { ["question": "Question text number \($0)?"] }
        }
        fields.merge(extra) { _, new in new }
        let answer = try await api("POST", WirePath.createAudioInterview, fields)
        guard answer.status == 200 else { throw TestFailure("create answered \(answer.status): \(answer.json)") }
        return answer.data
    }

    /// The counters as the control endpoint writes them.
    func wireCounters() async throws -> JSON { try await control("GET", EmulatorControlPath.counters).json }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Question texts of an assessment's data, in order.
func questionTexts(_ assessment: JSON) -> [String] { assessment["questions"].array.compactMap { $0["question"].string } }
