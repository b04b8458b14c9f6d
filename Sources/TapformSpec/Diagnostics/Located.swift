import TaptalentContract

/// A value together with the position it came from. Defaults filled in by tapform carry the position of
/// the assessment (or question) they belong to and `isDefault == true`.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation
    public var isDefault: Bool

    public init(_ value: Value, at location: SourceLocation, isDefault: Bool = false) {
        self.value = value
        self.location = location
        self.isDefault = isDefault
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
