import TapformSpec

/// What `tapform validate` found: the diagnostics of the selected files and how many files it checked.
public struct ValidateReport: JSONReport, Hashable {
    public static let kind = ReportKind.validate

    public struct Summary: Encodable, Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
        /// Assessment files checked (all of them, or those `--only`/`--exclude` select).
        public var filesChecked: Int
        /// Flow files checked (all of them, or those `--only`/`--exclude` select by the flow's name).
        public var flowFilesChecked: Int
        /// Files with at least one problem (templates and tapform.yaml included).
        public var filesWithProblems: Int
    }

    /// Sorted by file and position, exact duplicates removed.
    public var diagnostics: [Diagnostic]
    public var filesChecked: Int
    public var flowFilesChecked: Int

    /// Validates `project`'s files. With a filter, the diagnostics of the files it leaves out (assessments
    /// and flows, by name) are dropped, but never those of files that did not load (their name is unknown)
    /// nor those of tapform.yaml and templates.
    public init(project: Project, filter: AssessmentFilter) {
        let flows = project.spec.flows.filter { filter.selects(name: $0.name.value) }
        let selected = Set(project.assessments(filter).map(\.file) + flows.map(\.file))
        let resolvedFiles = Set(project.spec.assessments.map(\.file) + project.spec.flows.map(\.file))
        diagnostics = project.spec.diagnostics.filter {
            filter.selectsAll || !resolvedFiles.contains($0.file) || selected.contains($0.file)
        }.sortedUnique()
        filesChecked = filter.selectsAll ? project.spec.files.count : project.assessments(filter).count
        flowFilesChecked = filter.selectsAll ? project.spec.flowFiles.count : flows.count
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    public var summary: Summary {
        let counts = DiagnosticRenderer.Summary(diagnostics)
        return Summary(errors: counts.errors, warnings: counts.warnings, filesChecked: filesChecked,
                       flowFilesChecked: flowFilesChecked, filesWithProblems: counts.files)
    }

    /// `3 assessment files checked: 2 errors and 1 warning in 2 files`; with flow files, `3 assessment
    /// files and 1 flow file checked: …`.
    public var summaryLine: String {
        var checked = "\(filesChecked) assessment file\(filesChecked == 1 ? "" : "s")"
        if flowFilesChecked > 0 { checked += " and \(flowFilesChecked) flow file\(flowFilesChecked == 1 ? "" : "s")" }
        return "\(checked) checked: \(DiagnosticRenderer.summaryLine(diagnostics))"
    }

    private enum CodingKeys: String, CodingKey { case diagnostics, summary }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostics.map(FileDiagnostic.init), forKey: .diagnostics)
        try container.encode(summary, forKey: .summary)
    }
}
