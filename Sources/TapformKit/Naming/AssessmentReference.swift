/// How a command names the remote assessment it works on: `NAME` or `--id ID`; or `--flow NAME`, a flow.
public enum AssessmentReference: Sendable, Hashable {
    case name(String)
    case id(String)
    case flow(String)
}

/// The remote assessment (or flow) a command works on, as found in the account.
public struct LocatedAssessment: Sendable, Hashable {
    public var id: String
    public var name: String
    public var isActive: Bool
    /// The project file that declares it, when it was found through one.
    public var file: String?
    /// An assessment, or a flow (`invite --flow`, `results --flow`).
    public var kind: AssessmentOutcome.Kind

    public init(id: String, name: String, isActive: Bool, file: String? = nil, kind: AssessmentOutcome.Kind = .assessment) {
        self.id = id
        self.name = name
        self.isActive = isActive
        self.file = file
        self.kind = kind
    }

    /// Names the default ledger: the assessment's id, or `flow-<id>` (flow and assessment ids may coincide).
    public var ledgerKey: String { kind == .flow ? "flow-\(id)" : id }

    /// `assessment "X" (id)` or `flow "X" (id)`.
    public var label: String { "\(kind.rawValue) \"\(name)\" (\(id))" }
}
