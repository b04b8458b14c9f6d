import Foundation
import TapformSpec

/// The first check: tapform.yaml reads without errors (its environments, URLs, key sources, paths).
enum ConfigCheck {
    static func run(root: URL) -> (ProjectConfig, DoctorCheck) {
        // No assessment paths: only tapform.yaml (and the templates, whose diagnostics are not ours) is read.
        let loaded = SpecLoader.loadProject(root: root, paths: [])
        let config = loaded.config
        let diagnostics = loaded.diagnostics.filter { $0.file == ProjectConfig.fileName }
        let lines = diagnostics.map { diagnostic in
            "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
                + (diagnostic.hint.map { " (\($0))" } ?? "")
        }
        guard config.isFromFile else {
            return (config, .passed("no \(ProjectConfig.fileName): defaults apply, and --env local (the embedded emulator) is the default"))
        }
        let errors = diagnostics.count(where: \.isError)
        guard errors == 0 else {
            return (config, .failed("\(ProjectConfig.fileName) has \(errors) error\(errors == 1 ? "" : "s")",
                                    "fix them; `tapform validate` shows them too", details: lines))
        }
        return (config, .passed("\(ProjectConfig.fileName) is valid", details: lines))
    }
}
