import Foundation

/// The answers `doctor` compares with the contract (`doctor --write` all of them, plain `doctor` the
/// reads), each with the shape of its data. Any documented envelope is accepted around it (`Envelope`).
public enum ContractEndpoint: String, Sendable, CaseIterable {
    case assessmentList = "GET /assessment"
    case assessment = "GET /assessment/:assessmentId"
    case candidateList = "GET /assessment/:assessmentId/candidates"
    case jobList = "GET /jobs"
    case job = "GET /jobs/:jobId"
    case create = "POST /assessment/audio-interviews"
    case update = "PUT /assessment/:assessmentId"
    case addQuestion = "POST /assessment/:assessmentId/questions"
    case updateQuestion = "PUT /assessment/:assessmentId/questions/:questionId"
    case deleteQuestion = "DELETE /assessment/:assessmentId/questions/:questionId"
    case generateQuestions = "POST /assessment/:assessmentId/generate-questions"
    case autoGenerate = "POST /assessment/auto-generate"
    case invite = "POST /assessment/:assessmentId/invite"

    /// The answers plain (read-only) `doctor` checks.
    public static let reads: [ContractEndpoint] = [.assessmentList, .assessment, .candidateList, .jobList, .job]

    public var shape: WireShape {
        switch self {
        case .assessmentList: return WireShapes.assessmentList
        case .assessment, .create, .update, .autoGenerate: return WireShapes.assessmentDetail
        case .candidateList: return WireShapes.candidateList
        case .jobList: return WireShapes.jobList
        case .job: return WireShapes.job
        case .addQuestion, .updateQuestion: return WireShapes.question
        case .deleteQuestion: return WireShapes.deleted
        case .generateQuestions: return WireShapes.generatedQuestions
        case .invite: return WireShapes.inviteResult
        }
    }
}

/// Compares raw response bodies with the contract. Pure: no I/O.
public enum ContractChecker {
    /// Every mismatch between `body` and what the contract documents for `endpoint`; empty when it conforms.
    public static func check(_ body: Data, against endpoint: ContractEndpoint) -> [ContractMismatch] {
        guard let json = try? JSONCoding.decoder.decode(JSONValue.self, from: body) else {
            return [ContractMismatch(path: "$", problem: .notSuccessJSON("the body is not JSON"))]
        }
        return check(json, against: endpoint)
    }

    public static func check(_ json: JSONValue, against endpoint: ContractEndpoint) -> [ContractMismatch] {
        guard case .object(let top) = json else {
            return [ContractMismatch(path: "$", problem: .wrongType(expected: "object", got: kind(of: json)))]
        }
        if case .object(let error)? = top["error"], top["data"] == nil {
            let code = error["code"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "?"
            return [ContractMismatch(path: "$", problem: .notSuccessJSON("an error answer (\(code)), not a success body"))]
        }
        var mismatches: [ContractMismatch] = []
        if form(of: top) == .bare {
            check(json, endpoint.shape, path: "", into: &mismatches)
        } else if let data = top["data"] {
            check(data, endpoint.shape, path: "data", into: &mismatches)
        }
        return mismatches
    }

    /// Which documented envelope a body came in; nil when it is not a JSON object.
    public static func envelope(of body: Data) -> Envelope.Form? {
        guard case .object(let top)? = try? JSONCoding.decoder.decode(JSONValue.self, from: body) else { return nil }
        return form(of: top)
    }

    /// Mirrors `Envelope.form(of:)` on an already parsed object.
    private static func form(of top: [String: JSONValue]) -> Envelope.Form {
        guard top["data"] != nil else { return .bare }
        if top["status"] == .string(WireEnvelope.success) { return .statusSuccess }
        if top["success"] == .bool(true) { return .successTrue }
        return .bare
    }

    private static func check(_ value: JSONValue, _ shape: WireShape, path: String, into mismatches: inout [ContractMismatch]) {
        let at = path.isEmpty ? "$" : path
        switch shape {
        case .any:
            return
        case .nullable(let inner):
            if value != .null { check(value, inner, path: path, into: &mismatches) }
        case .array(let element):
            guard case .array(let items) = value else { return wrongType(value, shape, at, &mismatches) }
            for (index, item) in items.enumerated() {
                check(item, element, path: "\(path)[\(index)]", into: &mismatches)
            }
        case .object(let fields):
            guard case .object(let object) = value else { return wrongType(value, shape, at, &mismatches) }
            for field in fields {
                let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
                if let fieldValue = object[field.name] {
                    check(fieldValue, field.shape, path: fieldPath, into: &mismatches)
                } else if field.required {
                    mismatches.append(ContractMismatch(path: fieldPath, problem: .missing(expected: name(of: field.shape))))
                }
            }
        case .oneOf(let allowed):
            guard case .string(let string) = value else { return wrongType(value, shape, at, &mismatches) }
            if !allowed.contains(string) {
                mismatches.append(ContractMismatch(path: at, problem: .unexpectedValue(got: string, allowed: allowed)))
            }
        case .string, .integer, .number, .boolean, .identifier, .timestamp:
            if !matchesScalar(value, shape) { wrongType(value, shape, at, &mismatches) }
        }
    }

    private static func matchesScalar(_ value: JSONValue, _ shape: WireShape) -> Bool {
        switch (shape, value) {
        case (.string, .string), (.boolean, .bool), (.number, .number): return true
        case (.integer, .number(let number)), (.identifier, .number(let number)), (.timestamp, .number(let number)):
            return number.rounded() == number
        case (.identifier, .string): return true
        case (.timestamp, .string(let text)): return TolerantRead.millis(iso8601: text) != nil
        default: return false
        }
    }

    private static func wrongType(_ value: JSONValue, _ shape: WireShape, _ path: String, _ mismatches: inout [ContractMismatch]) {
        mismatches.append(ContractMismatch(path: path, problem: .wrongType(expected: name(of: shape), got: kind(of: value))))
    }

    /// How the contract names a shape in messages: `integer`, `string or null`, `array of string`.
    static func name(of shape: WireShape) -> String {
        switch shape {
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .any: return "any value"
        case .oneOf: return "string"
        case .array(let element): return "array of \(name(of: element))"
        case .object: return "object"
        case .nullable(let inner): return "\(name(of: inner)) or null"
        case .identifier: return "id (string or integer)"
        case .timestamp: return "time (epoch ms or ISO 8601)"
        }
    }

    /// The JSON kind of a value: `string`, `integer`, `number`, `boolean`, `null`, `array`, `object`.
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let number): return number.rounded() == number ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
