import TaptalentContract

/// One step of a flow file.
public struct FlowStepSpec: Sendable, Hashable {
    /// The assessment's name as written (in this repository or in the account).
    public var assessment: Located<String>
    /// The remote assessment id pinned for this step (when several assessments share its name).
    public var assessmentId: Located<String>?
    public var passThreshold: Located<Double>
    public var name: Located<String>?
    public var instructions: Located<String>?
    public var passAction: Located<String>?
    /// Where the step's `- ` item starts.
    public var location: SourceLocation
}

/// One flow file, checked. Strings are as written (the plan normalises them).
public struct FlowSpec: Sendable, Hashable {
    /// Path of the file, relative to the project root.
    public var file: String
    /// Where the file's top-level mapping starts.
    public var location: SourceLocation
    public var name: Located<String>
    public var renamedFrom: [Located<String>]
    public var id: Located<String>?
    public var description: Located<String>?
    public var status: Located<AssessmentStatus>
    public var steps: [FlowStepSpec]
    /// Where `steps:` is written.
    public var stepsLocation: SourceLocation
    /// The position of every top-level key, by key name.
    public var keyLocations: [String: SourceLocation]
}
