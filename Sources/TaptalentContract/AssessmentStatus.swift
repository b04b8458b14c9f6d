/// Whether candidates can take an assessment. `inactive` is how an assessment is retired: there is no delete.
public enum AssessmentStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case active
    case inactive
}

extension AssessmentStatus {
    /// The status as the API reads it: anything but `INACTIVE` (any case) is active.
    public init(wire: String?) {
        self = wire?.uppercased() == WireStatus.inactive ? .inactive : .active
    }

    /// The status as the API writes it (`ACTIVE`, `INACTIVE`).
    public var wire: String { self == .inactive ? WireStatus.inactive : WireStatus.active }
}
