/// Everything `validate` and `plan` need from the files: the config, the resolved assessments and every problem.
public struct ProjectSpecResult: Sendable {
    public var config: ProjectConfig
    /// Assessments that resolved without errors, sorted by file path.
    public var assessments: [AssessmentSpec]
    /// All problems of all files, sorted by file and position, without duplicates.
    public var diagnostics: [Diagnostic]
    /// The assessment files read (root-relative), sorted.
    public var files: [String]
    /// The template names found under the templates folder, sorted.
    public var templates: [String]
    /// Flows that resolved without errors, sorted by file path.
    public var flows: [FlowSpec] = []
    /// The flow files read (root-relative), sorted.
    public var flowFiles: [String] = []

    public var hasErrors: Bool { diagnostics.hasErrors }
}
