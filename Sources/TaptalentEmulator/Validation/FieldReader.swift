import Foundation
import TaptalentAPI

/// Reads the fields of one JSON object, checking type and range, and collects one message per field
/// (keyed by the field's path, e.g. `questions[2].timeLimit`). A field that fails reads as nil.
struct FieldReader {
    private let object: [String: JSONValue]
    private let prefix: String
    private(set) var errors: [String: String] = [:]

    /// Reads `value`, which must be an object; `path` names it in messages (empty for the body itself).
    init(_ value: JSONValue, path: String = "") {
        prefix = path.isEmpty ? "" : path + "."
        if case .object(let object) = value {
            self.object = object
        } else {
            self.object = [:]
            let label = path.isEmpty ? "body" : path
            errors[label] = FieldMessage.mustBe(label, "of type object")
        }
    }

    var isValid: Bool { errors.isEmpty }

    func has(_ key: some CodingKey) -> Bool { object[key.stringValue] != nil }

    /// Records a message for `key` (the first message per field wins).
    mutating func fail(_ key: some CodingKey, _ message: (String) -> String) {
        let label = prefix + key.stringValue
        if errors[label] == nil { errors[label] = message(label) }
    }

    mutating func absorb(_ other: FieldReader) {
        errors.merge(other.errors) { first, _ in first }
    }

    /// Rejects every field not in `allowed`.
    mutating func rejectUnknown(allowing allowed: [any CodingKey]) {
        let names = Set(allowed.map(\.stringValue))
        for key in object.keys.sorted() where !names.contains(key) {
            fail(WireJSON.NameKey(key)) { FieldMessage.notAllowed($0) }
        }
    }

    /// A string, trimmed, whose trimmed length lies in `length`. JSON null is a type error.
    mutating func string(_ key: some CodingKey, length: ClosedRange<Int>, required: Bool = false) -> String? {
        guard let value = object[key.stringValue] else {
            if required { fail(key) { FieldMessage.required($0) } }
            return nil
        }
        guard case .string(let raw) = value else {
            fail(key) { FieldMessage.mustBe($0, "a string") }
            return nil
        }
        return checkedLength(key, raw.trimmingCharacters(in: .whitespacesAndNewlines), length)
    }

    /// A string that may also be JSON null (to clear it).
    mutating func nullableString(_ key: some CodingKey, length: ClosedRange<Int>) -> Nullable<String>? {
        if case .null? = object[key.stringValue] { return .null }
        return string(key, length: length).map { .value($0) }
    }

    /// An id that may be sent as a string or a whole number (and JSON null to clear it); kept as a string.
    mutating func nullableIdentifier(_ key: some CodingKey, length: ClosedRange<Int>) -> Nullable<String>? {
        switch object[key.stringValue] {
        case .null?: return .null
        case .number(let number)? where number.isFinite && number.rounded() == number && abs(number) < 1e15:
            return .value(String(Int64(number)))
        default: return string(key, length: length).map { .value($0) }
        }
    }

    /// A string that must be one of `values` (compared exactly, after trimming).
    mutating func oneOf(_ key: some CodingKey, _ values: [String], required: Bool = false) -> String? {
        guard let value = string(key, length: 0...Int.max, required: required) else { return nil }
        guard values.contains(value) else {
            fail(key) { FieldMessage.oneOf($0, values) }
            return nil
        }
        return value
    }

    mutating func integer(_ key: some CodingKey, range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let number = number(key, range: -Double.infinity...Double.infinity, required: required) else { return nil }
        guard number.rounded() == number else {
            fail(key) { FieldMessage.mustBe($0, "an integer") }
            return nil
        }
        return self.number(key, range: Double(range.lowerBound)...Double(range.upperBound)).map { Int($0) }
    }

    mutating func number(_ key: some CodingKey, range: ClosedRange<Double>, required: Bool = false) -> Double? {
        guard let value = object[key.stringValue] else {
            if required { fail(key) { FieldMessage.required($0) } }
            return nil
        }
        guard case .number(let number) = value, number.isFinite else {
            fail(key) { FieldMessage.mustBe($0, "a number") }
            return nil
        }
        if number < range.lowerBound {
            fail(key) { FieldMessage.atLeast($0, Self.format(range.lowerBound)) }
            return nil
        }
        if number > range.upperBound {
            fail(key) { FieldMessage.atMost($0, Self.format(range.upperBound)) }
            return nil
        }
        return number
    }

    mutating func bool(_ key: some CodingKey) -> Bool? {
        guard let value = object[key.stringValue] else { return nil }
        guard case .bool(let flag) = value else {
            fail(key) { FieldMessage.mustBe($0, "a boolean") }
            return nil
        }
        return flag
    }

    /// A list of strings, each trimmed and of `itemLength`, at most `maxItems`, no duplicates ignoring case.
    mutating func stringList(_ key: some CodingKey, maxItems: Int, itemLength: ClosedRange<Int>) -> [String]? {
        guard let items = array(key) else { return nil }
        if items.count > maxItems {
            fail(key) { FieldMessage.maxItems($0, maxItems) }
            return nil
        }
        var result: [String] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let itemKey = WireJSON.NameKey("\(key.stringValue)[\(index)]")
            guard case .string(let raw) = item else {
                fail(itemKey) { FieldMessage.mustBe($0, "a string") }
                return nil
            }
            guard let text = checkedLength(itemKey, raw.trimmingCharacters(in: .whitespacesAndNewlines), itemLength)
            else { return nil }
            guard seen.insert(text.lowercased()).inserted else {
                fail(itemKey) { FieldMessage.duplicate($0) }
                return nil
            }
            result.append(text)
        }
        return result
    }

    /// A list of any JSON values (the caller reads each item, e.g. with a nested `FieldReader`).
    mutating func array(_ key: some CodingKey) -> [JSONValue]? {
        guard let value = object[key.stringValue] else { return nil }
        guard case .array(let items) = value else {
            fail(key) { FieldMessage.mustBe($0, "an array") }
            return nil
        }
        return items
    }

    /// The path label nested readers use for item `index` of list `key`.
    func itemPath(_ key: some CodingKey, _ index: Int) -> String { "\(prefix)\(key.stringValue)[\(index)]" }

    private mutating func checkedLength(_ key: some CodingKey, _ text: String, _ length: ClosedRange<Int>) -> String? {
        if text.isEmpty, length.lowerBound > 0 {
            fail(key) { FieldMessage.empty($0) }
            return nil
        }
        if text.count < length.lowerBound {
            fail(key) { FieldMessage.minLength($0, length.lowerBound) }
            return nil
        }
        if text.count > length.upperBound {
            fail(key) { FieldMessage.maxLength($0, length.upperBound) }
            return nil
        }
        return text
    }

    private static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
