/// How a command names the remote assessment it works on: `NAME` or `--id ID`.
public enum AssessmentReference: Sendable, Hashable {
    case name(String)
    case id(String)
}

/// The remote assessment a command works on, as found in the account.
public struct LocatedAssessment: Sendable, Hashable {
    public var id: String
    public var name: String
    public var isActive: Bool
    /// The project file that declares it, when it was found through one.
    public var file: String?

    public init(id: String, name: String, isActive: Bool, file: String? = nil) {
        self.id = id
        self.name = name
        self.isActive = isActive
        self.file = file
    }
}
