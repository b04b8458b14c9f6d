/// The new value of a field that can be cleared: `NewValue(nil)` clears it. Used as `NewValue<T>?`, where
/// `nil` leaves the field unchanged.
public struct NewValue<Wrapped: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var value: Wrapped?

    public init(_ value: Wrapped?) {
        self.value = value
    }
}
