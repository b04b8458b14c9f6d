import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
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

/// A running emulator on an OS-chosen loopback port, talked to over real HTTP with URLSession.
struct HTTPEmulator {
    let running: RunningEmulator
    let session: URLSession

    static func start(
        dataDirectory: String? = nil, testControls: Bool = true, apiKey: String? = nil,
        faults: EmulatorFaults = EmulatorFaults(), requestLog: (@Sendable (String) -> Void)? = nil
    ) async throws -> HTTPEmulator {
        let running = try await Emulator.start(EmulatorOptions(
            dataDirectory: dataDirectory, apiKey: apiKey, testControls: testControls, faults: faults, requestLog: requestLog
        ))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        return HTTPEmulator(running: running, session: URLSession(configuration: configuration))
    }

    func stop() async { await running.stop() }

    /// The origin, e.g. `http://127.0.0.1:54321`.
    var origin: String {
        running.baseURL.absoluteString.replacingOccurrences(of: WirePath.apiPrefix, with: "")
    }

    /// An API request: `path` is relative to `/v1/partner`, `key` defaults to the right one (nil sends none).
    func api(_ method: String, _ path: String, _ payload: Any? = nil, key: String?? = .some(nil)) async throws -> Answer {
        let sentKey: String? = switch key { case .none: nil; case .some(nil): running.apiKey; case .some(let k?): k }
        return try await send(method, origin + WirePath.apiPrefix + "/" + path, payload.map { Self.encode(body($0)) }, key: sentKey)
    }

    /// An API request with a raw body (for malformed JSON).
    func api(_ method: String, _ path: String, raw: String) async throws -> Answer {
        try await send(method, origin + WirePath.apiPrefix + "/" + path, Data(raw.utf8), key: running.apiKey)
    }

    /// A test-control request (`path` starts with `/__sandbox`).
    func control(_ method: String, _ path: String, _ payload: Any? = nil) async throws -> Answer {
        try await send(method, origin + path, payload.map { Self.encode(body($0)) }, key: nil)
    }

    func send(_ method: String, _ url: String, _ body: Data?, key: String?) async throws -> Answer {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        if let key { request.setValue(WireHeader.bearerPrefix + key, forHTTPHeaderField: WireHeader.authorization) }
        if let body {
            request.httpBody = body
            request.setValue(WireHeader.json, forHTTPHeaderField: WireHeader.contentType)
        }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        return Answer(status: http.statusCode, headers: headers, body: data)
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

    func counters() async throws -> JSON { try await control("GET", EmulatorControlPath.counters).json }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A fresh temporary directory path (not created).
func temporaryDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-test-\(UUID().uuidString)").path
}

/// Question texts of an assessment's data, in order.
func questionTexts(_ assessment: JSON) -> [String] { assessment["questions"].array.compactMap { $0["question"].string } }

/// Runs `body` against a fresh in-memory emulator with test controls, and stops it afterwards
/// (also when `body` throws).
func withEmulator(
    directory: String? = nil, testControls: Bool = true, faults: EmulatorFaults = EmulatorFaults(),
    _ body: (HTTPEmulator) async throws -> Void
) async throws {
    let sandbox = try await HTTPEmulator.start(dataDirectory: directory, testControls: testControls, faults: faults)
    do {
        try await body(sandbox)
    } catch {
        await sandbox.stop()
        throw error
    }
    await sandbox.stop()
}
