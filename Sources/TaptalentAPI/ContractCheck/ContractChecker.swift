import Foundation

/// The responses `doctor` compares with the contract, each with its documented envelope and data shape.
public enum ContractEndpoint: String, Sendable, CaseIterable {
    case assessmentList = "GET /assessment"
    case assessment = "GET /assessment/:assessmentId"
    case candidateList = "GET /assessment/:assessmentId/candidates"
    case jobList = "GET /jobs"
    case job = "GET /jobs/:jobId"

    public var expectedEnvelope: Envelope.Form {
        switch self {
        case .assessmentList, .assessment, .candidateList: return .statusSuccess
        case .jobList, .job: return .bare
        }
    }

    public var shape: WireShape {
        switch self {
        case .assessmentList: return WireShapes.assessmentList
        case .assessment: return WireShapes.assessmentDetail
        case .candidateList: return WireShapes.candidateList
        case .jobList: return WireShapes.jobList
        case .job: return WireShapes.job
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
        let form = form(of: top)
        if form != endpoint.expectedEnvelope {
            mismatches.append(ContractMismatch(path: "$", problem: .envelope(expected: endpoint.expectedEnvelope.rawValue, got: form.rawValue)))
        }
        if form == .bare {
            check(json, endpoint.shape, path: "", into: &mismatches)
        } else if let data = top["data"] {
            check(data, endpoint.shape, path: "data", into: &mismatches)
        }
        return mismatches
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
        case .either(let first, let second):
            var firstProblems: [ContractMismatch] = []
            var secondProblems: [ContractMismatch] = []
            check(value, first, path: path, into: &firstProblems)
            if firstProblems.isEmpty { return }
            check(value, second, path: path, into: &secondProblems)
            if !secondProblems.isEmpty {
                mismatches.append(ContractMismatch(path: at, problem: .wrongType(expected: name(of: shape), got: kind(of: value))))
            }
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
        case .string, .integer, .number, .boolean:
            if !matchesScalar(value, shape) { wrongType(value, shape, at, &mismatches) }
        }
    }

    private static func matchesScalar(_ value: JSONValue, _ shape: WireShape) -> Bool {
        switch (shape, value) {
        case (.string, .string), (.boolean, .bool), (.number, .number): return true
        case (.integer, .number(let number)): return number.rounded() == number
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
        case .either(let first, let second): return "\(name(of: first)) or \(name(of: second))"
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
