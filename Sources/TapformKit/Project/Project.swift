import Foundation
import TapformSpec

/// A user's repository: its root folder and everything read from its files.
public struct Project: Sendable {
    public var root: URL
    public var spec: ProjectSpecResult

    /// A project whose files were already read (e.g. with `SpecLoader.loadProject(files:)` in tests).
    public init(root: URL, spec: ProjectSpecResult) {
        self.root = root
        self.spec = spec
    }

    /// Reads tapform.yaml, the assessments and the templates under `root` (or only `paths`).
    public static func load(root: URL, paths: [String]? = nil) -> Project {
        Project(root: root, spec: SpecLoader.loadProject(root: root, paths: paths))
    }

    public var config: ProjectConfig { spec.config }

    /// The resolved assessments the filter selects.
    public func assessments(_ filter: AssessmentFilter) -> [AssessmentSpec] {
        filter.apply(spec.assessments)
    }

    /// Fails with every diagnostic rendered when any file has an error: plan and apply never run on
    /// files that do not validate.
    public func requireValid() throws {
        guard spec.hasErrors else { return }
        throw InvalidFilesError(diagnostics: spec.diagnostics)
    }
}
