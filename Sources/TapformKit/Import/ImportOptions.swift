/// What `tapform import` is asked to do.
public struct ImportOptions: Sendable, Hashable {
    /// Remote assessment and flow names (compared trimmed and NFC); empty with `all`.
    public var names: [String]
    /// `--all`: every remote assessment and flow, inactive ones included.
    public var all: Bool
    /// `--dir`: where files go, relative to the project root (or absolute); nil: the project's assessments
    /// folder.
    public var directory: String?
    /// `--flows-dir`: where flow files go, as `directory`; nil: the project's flows folder.
    public var flowsDirectory: String?
    /// `--force`: replace an existing file at the target path (never a file declaring another assessment
    /// or flow).
    public var force: Bool

    public init(names: [String] = [], all: Bool = false, directory: String? = nil, flowsDirectory: String? = nil,
                force: Bool = false) {
        self.names = names
        self.all = all
        self.directory = directory
        self.flowsDirectory = flowsDirectory
        self.force = force
    }
}
