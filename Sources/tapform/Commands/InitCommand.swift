import ArgumentParser
import Foundation
import TapformKit
import TapformSpec

/// `tapform init`: scaffolds an assessments repository.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Scaffold an assessments repository: tapform.yaml, an example, a template, the GitHub workflow.",
        discussion: """
            Writes tapform.yaml (Taptalent's production and sandbox environments), one example assessment \
            and one template, the GitHub Actions workflow, the JSON Schemas with the VS Code setting that maps \
            them to the files, and .gitignore entries. An existing file is never overwritten (it is listed as \
            skipped) unless --force; .gitignore gets only its missing entries.
            """)

    /// `-C DIR`, like every command: DIRECTORY is then inside it.
    @OptionGroup var project: ProjectOptions

    @Argument(help: "The folder (created if needed; default: the current one, or -C's).")
    var directory: String = "."

    @Flag(help: "Overwrite files that exist (.gitignore is still only added to).")
    var force = false

    func run() throws {
        let root = project.file(directory).standardizedFileURL
        let entries: [InitUseCase.Entry]
        do {
            entries = try InitUseCase.run(root: root, force: force)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
        for entry in entries {
            switch entry.outcome {
            case .written: Console.out("wrote      \(entry.path)")
            case .overwritten: Console.out("overwrote  \(entry.path)")
            case .skipped: Console.out("skipped    \(entry.path) (exists, use --force to overwrite)")
            case .merged(let added): Console.out("added to   \(entry.path): \(added.joined(separator: " "))")
            case .unchanged: Console.out("kept       \(entry.path) (has tapform's entries)")
            }
        }
        if entries.contains(where: { $0.path == ScaffoldProject.editorSettingsPath && $0.outcome == .skipped }) {
            Console.out("\nTo have VS Code check the files, add to \(ScaffoldProject.editorSettingsPath):\n"
                + ScaffoldProject.editorSettingLines.joined(separator: "\n"))
        }
        let inFolder = directory == "." ? "" : " (in \(directory))"
        Console.out("""

            Next\(inFolder):
              tapform validate                            # offline checks
              tapform apply --env local --auto-approve    # on the embedded emulator: no account, no key
              tapform plan --env \(ScaffoldProject.sandboxEnvironment)                   # with \(ScaffoldProject.sandboxKeyVariable) set
            In GitHub, \(ScaffoldWorkflow.path) plans pull requests and applies the reviewed plan on main: \
            give the environments \(ScaffoldWorkflow.planGitHubEnvironment) and \(ScaffoldWorkflow.applyGitHubEnvironment) the \
            secret \(ScaffoldProject.productionKeyVariable) (the README of \(TapformRelease.repository) says how).
            """)
    }
}
