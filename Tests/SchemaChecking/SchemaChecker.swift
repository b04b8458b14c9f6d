import Foundation

/// Checks a JSON-like value (as Yams or JSONSerialization produce it) against a JSON Schema, for exactly the
/// keywords tapform's schemas use: type (one or a list), enum, const, minimum/maximum, minLength/maxLength,
/// pattern, required, properties, additionalProperties, propertyNames, minProperties, items, maxItems,
/// anyOf, not, if/then, and `$ref` to `#/definitions/NAME` or `#/$defs/NAME`. Returns one line per
/// violation, with its JSON path.
///
/// `closed`: every object schema that lists `properties` and says nothing of `additionalProperties` is
/// read as closed, so a key the schema does not declare is a violation. The tests check tapform's own
/// reports this way, so that the code cannot write a key its published schema does not describe.
public struct SchemaChecker {
    public let root: [String: Any]
    public let closed: Bool

    public init(root: [String: Any], closed: Bool = false) {
        self.root = root
        self.closed = closed
    }

    /// The schema in `text` (JSON).
    public init(json text: String, closed: Bool = false) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.init(root: object, closed: closed)
    }

    public func violations(of value: Any) -> [String] {
        check(value, against: root, path: "$")
    }

    /// The violations of the JSON document in `text`.
    public func violations(ofJSON text: String) throws -> [String] {
        violations(of: try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        for prefix in ["#/definitions/", "#/$defs/"] where reference.hasPrefix(prefix) {
            let name = String(reference.dropFirst(prefix.count))
            return ((root["definitions"] ?? root["$defs"]) as? [String: Any])?[name] as? [String: Any]
        }
        return nil
    }

    private func check(_ value: Any, against schema: [String: Any], path: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else { return ["\(path): unresolvable $ref \(reference)"] }
            return check(value, against: target, path: path)
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            if !allowed.contains(where: { Self.isType(value, $0) }) {
                return ["\(path): expected \(allowed.joined(separator: " or ")), got \(Self.describe(value))"]
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            problems.append("\(path): \(value) is not \(constant)")
        }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum { problems.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum { problems.append("\(path): above \(maximum)") }
        }
        if let string = value as? String {
            if let min = schema["minLength"] as? Int, string.count < min { problems.append("\(path): shorter than \(min)") }
            if let max = schema["maxLength"] as? Int, string.count > max { problems.append("\(path): longer than \(max)") }
            if let pattern = schema["pattern"] as? String,
               string.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): does not match \(pattern)")
            }
        }
        if let object = value as? [String: Any] {
            problems += checkObject(object, schema, path: path)
        }
        if let array = value as? [Any] {
            if let max = schema["maxItems"] as? Int, array.count > max { problems.append("\(path): more than \(max) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { problems += check(item, against: items, path: "\(path)[\(index)]") }
            }
        }
        if let anyOf = schema["anyOf"] as? [[String: Any]] {
            let attempts = anyOf.map { check(value, against: $0, path: path) }
            if !attempts.contains(where: \.isEmpty) {
                // The closest form's problems say most about what is wrong.
                let closest = attempts.min { $0.count < $1.count } ?? []
                problems.append("\(path): matches none of the \(anyOf.count) allowed forms; closest: "
                    + closest.joined(separator: "; "))
            }
        }
        if let not = schema["not"] as? [String: Any], check(value, against: not, path: path).isEmpty {
            problems.append("\(path): matches a form that is not allowed (\(not))")
        }
        if let condition = schema["if"] as? [String: Any], check(value, against: condition, path: path).isEmpty,
           let then = schema["then"] as? [String: Any] {
            problems += check(value, against: then, path: path)
        }
        return problems
    }

    private func checkObject(_ object: [String: Any], _ schema: [String: Any], path: String) -> [String] {
        var problems: [String] = []
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            problems.append("\(path): missing required \"\(key)\"")
        }
        if let min = schema["minProperties"] as? Int, object.count < min { problems.append("\(path): fewer than \(min) keys") }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        let closedHere = schema["additionalProperties"] as? Bool == false
            || (closed && schema["properties"] != nil && schema["additionalProperties"] == nil)
        for (key, child) in object {
            let childPath = "\(path).\(key)"
            if let names = schema["propertyNames"] as? [String: Any] {
                problems += check(key, against: names, path: childPath + " (name)")
            }
            if let property = properties[key] as? [String: Any] {
                problems += check(child, against: property, path: childPath)
            } else if let additional = schema["additionalProperties"] as? [String: Any] {
                problems += check(child, against: additional, path: childPath)
            } else if closedHere {
                problems.append("\(childPath): key not allowed")
            }
        }
        return problems
    }

    private static func isType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "string": value is String
        case "boolean": isBoolean(value)
        case "integer": number(value).map { $0 == $0.rounded() } ?? false
        case "number": number(value) != nil
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "null": value is NSNull
        default: false
        }
    }

    /// JSONSerialization reads `true` as an NSNumber that also casts to Int (and 1 as one that casts to
    /// Bool): booleans are the numbers of Objective-C type `c`.
    private static func isBoolean(_ value: Any) -> Bool {
        guard !(value is String), let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func describe(_ value: Any) -> String {
        if isBoolean(value) { return "boolean" }
        if value is NSNull { return "null" }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        if number(value) != nil { return "number" }
        return "\(Swift.type(of: value))"
    }

    private static func number(_ value: Any) -> Double? {
        if isBoolean(value) { return nil }
        if let number = value as? NSNumber, !(value is String) { return number.doubleValue }
        return nil
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if let l = lhs as? String, let r = rhs as? String { return l == r }
        if isBoolean(lhs) || isBoolean(rhs) {
            guard isBoolean(lhs) && isBoolean(rhs) else { return false }
            return (lhs as? Bool) == (rhs as? Bool)
        }
        if let l = number(lhs), let r = number(rhs) { return l == r }
        if lhs is NSNull && rhs is NSNull { return true }
        return false
    }
}
