import TaptalentAPI

/// Easy reading of a JSON answer in tests: `json["data"]["questions"][0]["order"].int`.
/// A missing key or index reads as `.missing`.
struct JSON: CustomStringConvertible {
    let value: JSONValue?

    init(_ value: JSONValue?) { self.value = value }

    subscript(_ key: String) -> JSON {
        if case .object(let object)? = value { return JSON(object[key]) }
        return JSON(nil)
    }

    subscript(_ index: Int) -> JSON {
        if case .array(let items)? = value, items.indices.contains(index) { return JSON(items[index]) }
        return JSON(nil)
    }

    var string: String? { if case .string(let s)? = value { return s } else { return nil } }
    var double: Double? { if case .number(let n)? = value { return n } else { return nil } }
    var int: Int? { double.flatMap { $0.rounded() == $0 ? Int($0) : nil } }
    var bool: Bool? { if case .bool(let b)? = value { return b } else { return nil } }
    var isNull: Bool { value == .null }
    var exists: Bool { value != nil }
    var array: [JSON] { if case .array(let items)? = value { return items.map(JSON.init) } else { return [] } }
    var keys: Set<String> { if case .object(let o)? = value { return Set(o.keys) } else { return [] } }
    var description: String { value.map { "\($0)" } ?? "<missing>" }
}

/// Marks JSON null in a body literal built with `body(_:)`.
let null = JSONValue.null

/// Builds a request body from Swift literals: strings, whole and decimal numbers, booleans, arrays,
/// dictionaries, `null`, or `JSONValue`s.
func body(_ value: Any) -> JSONValue {
    switch value {
    case let json as JSONValue: return json
    case let string as String: return .string(string)
    case let bool as Bool: return .bool(bool)
    case let int as Int: return .number(Double(int))
    case let double as Double: return .number(double)
    case let array as [Any]: return .array(array.map(body))
    case let object as [String: Any]: return .object(object.mapValues(body))
    default: fatalError("unsupported body literal \(value)")
    }
}
