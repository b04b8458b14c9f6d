import TaptalentContract

/// An error or warning in a plan, with the place in a file to point at when there is one.
public struct PlanDiagnostic: Codable, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: message`, or the message alone.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
