import Foundation

/// Checks a JSON-like value (as Yams or JSONSerialization produce it) against a JSON Schema, for exactly the
/// keywords `SchemaGenerator` emits: type, enum, const, minimum/maximum, minLength/maxLength, pattern,
/// required, properties, additionalProperties, propertyNames, minProperties, items, maxItems, anyOf, not,
/// if/then. Returns one line per violation, with its JSON path.
struct SchemaChecker {
    let root: [String: Any]

    func violations(of value: Any) -> [String] {
        check(value, against: root, path: "$")
    }

    private func check(_ value: Any, against schema: [String: Any], path: String) -> [String] {
        var problems: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            if !allowed.contains(where: { Self.isType(value, $0) }) {
                return ["\(path): expected \(allowed.joined(separator: " or ")), got \(Swift.type(of: value))"]
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
        if let anyOf = schema["anyOf"] as? [[String: Any]],
           !anyOf.contains(where: { check(value, against: $0, path: path).isEmpty }) {
            problems.append("\(path): matches none of the \(anyOf.count) allowed forms")
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
        for (key, child) in object {
            let childPath = "\(path).\(key)"
            if let names = schema["propertyNames"] as? [String: Any] {
                problems += check(key, against: names, path: childPath + " (name)")
            }
            if let property = properties[key] as? [String: Any] {
                problems += check(child, against: property, path: childPath)
            } else if let additional = schema["additionalProperties"] as? [String: Any] {
                problems += check(child, against: additional, path: childPath)
            } else if schema["additionalProperties"] as? Bool == false {
                problems.append("\(childPath): key not allowed")
            }
        }
        return problems
    }

    private static func isType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "string": value is String
        case "boolean": value is Bool
        case "integer": value is Int
        case "number": value is Int || value is Double
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "null": value is NSNull
        default: false
        }
    }

    private static func number(_ value: Any) -> Double? {
        if value is Bool { return nil }
        if let int = value as? Int { return Double(int) }
        return value as? Double
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if let l = lhs as? String, let r = rhs as? String { return l == r }
        if let l = lhs as? Bool, let r = rhs as? Bool { return l == r }
        if let l = number(lhs), let r = number(rhs) { return l == r }
        return false
    }
}
