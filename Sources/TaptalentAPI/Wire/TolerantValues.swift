import Foundation

// The public documentation disagrees with itself about how some values are written: ids as strings in
// one place and integers in another, timestamps as epoch milliseconds or ISO 8601 strings. These property
// wrappers read every documented form and hold one: ids as strings, timestamps as epoch milliseconds.
// They encode that one form, so a request body never guesses (docs/decisions/tolerant-reading.md).

/// An id the service sends as a string (`"6650…"`, a UUID) or as an integer (`12345`): read as a string.
/// A wrapper of a `String` field (`@WireID var questionId: String`), or a field's type where the id is
/// kept as read (`var id: WireID`, and `jobId: WireID?` where it may be absent or `null`; read with `.value`).
@propertyWrapper
public struct WireID: Codable, Sendable, Hashable, CustomStringConvertible {
    public var wrappedValue: String
    public init(wrappedValue: String) { self.wrappedValue = wrappedValue }
    public init(_ value: String) { wrappedValue = value }

    public var value: String { wrappedValue }
    public var description: String { wrappedValue }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try TolerantRead.identifier(try decoder.singleValueContainer())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

/// A time the service sends as epoch milliseconds (`1733050800000`) or as an ISO 8601 string
/// (`"2024-12-01T11:00:00Z"`, fractional seconds and offsets allowed): held in epoch milliseconds.
@propertyWrapper
public struct WireTimestamp: Codable, Sendable, Hashable {
    public var wrappedValue: Int64?
    public init(wrappedValue: Int64?) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
        } else if let millis = try? container.decode(Int64.self) {
            wrappedValue = millis
        } else if let text = try? container.decode(String.self), let millis = TolerantRead.millis(iso8601: text) {
            wrappedValue = millis
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected epoch milliseconds or an ISO 8601 time")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

// Absent optional fields: a missing key reads as nil, and nil is left out of the body (as for `T?`).
extension KeyedDecodingContainer {
    public func decode(_ type: WireTimestamp.Type, forKey key: Key) throws -> WireTimestamp {
        try decodeIfPresent(type, forKey: key) ?? WireTimestamp(wrappedValue: nil)
    }
}

extension KeyedEncodingContainer {
    public mutating func encode(_ value: WireTimestamp, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

/// The readings themselves, shared by the wrappers and the contract check.
public enum TolerantRead {
    /// A string as is, or a JSON integer as its decimal digits; anything else (a fraction, a boolean) is
    /// not an id.
    static func identifier(_ container: any SingleValueDecodingContainer) throws -> String {
        if let string = try? container.decode(String.self) { return string }
        if let integer = try? container.decode(Int64.self) { return String(integer) }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an id (a string or an integer)")
    }

    /// Epoch milliseconds of an ISO 8601 time with a date, a time and a zone (`Z` or `±hh:mm`), with or
    /// without fractional seconds; nil for any other text.
    public static func millis(iso8601 text: String) -> Int64? {
        let whole = ISO8601DateFormatter()
        whole.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = whole.date(from: text) ?? fractional.date(from: text) else { return nil }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
