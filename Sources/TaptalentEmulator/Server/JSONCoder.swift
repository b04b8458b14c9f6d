import Foundation
import TaptalentAPI

/// JSON encoding and decoding shared by the routes, the validation and the store.
enum JSONCoder {
    /// `value` as a JSON tree, or nil if it cannot be encoded.
    static func value<T: Encodable>(of value: T) -> JSONValue? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func data<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
