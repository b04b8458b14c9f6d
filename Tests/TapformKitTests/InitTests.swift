import Foundation
import TapformSpec
import Testing
@testable import TapformKit

@Suite("tapform init")
struct InitTests {
    private func folder() -> URL {
        TemporaryFolder.unusedURL("init")
    }

    private func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("an empty (even missing) folder gets every file, and the files validate")
    func emptyFolder() throws {
        let root = folder().appendingPathComponent("nested/repo")
        defer { TempProject.remove(root.deletingLastPathComponent().deletingLastPathComponent()) }

        let entries = try InitUseCase.run(root: root, force: false)
        #expect(entries.allSatisfy { $0.outcome == .written }, "\(entries)")
        #expect(Set(entries.map(\.path)) == Set(ScaffoldProject.files.map(\.path) + [".gitignore"]))
        for (path, contents) in ScaffoldProject.files { #expect(try read(root, path) == contents) }
        #expect(try read(root, ".gitignore").split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
            == ScaffoldProject.ignoredPaths)

        let project = Project.load(root: root)
        #expect(!project.spec.hasErrors, "\(DiagnosticRenderer.human(project.spec.diagnostics, color: false))")
        #expect(project.spec.assessments.map(\.name.value) == [ScaffoldProject.exampleName])
        #expect(project.config.environments.map(\.name) == [ScaffoldProject.productionEnvironment, ScaffoldProject.sandboxEnvironment])
        #expect(project.config.environments.map(\.url.absoluteString) == [
            "https://partner-api.taptalent.io/v1/partner", "https://sandbox.partner-api.taptalent.io/v1/partner",
        ])
    }

    @Test("the schemas are tapform schema's, and the editor setting maps each to its files as valid JSON")
    func schemasAndEditorSetting() throws {
        let root = folder()
        defer { TempProject.remove(root) }
        _ = try InitUseCase.run(root: root, force: false)
        for kind in SchemaGenerator.Kind.allCases {
            #expect(try read(root, ScaffoldProject.schemaPath(kind)) == SchemaGenerator.schema(kind: kind))
        }
        let settings = try JSONSerialization.jsonObject(with: Data(try read(root, ".vscode/settings.json").utf8)) as? [String: Any]
        let schemas = try #require(settings?["yaml.schemas"] as? [String: [String]])
        #expect(schemas["./.tapform/schemas/assessment.schema.json"]?.contains("assessments/**/*.yaml") == true)
        #expect(schemas["./.tapform/schemas/template.schema.json"]?.contains("templates/**/*.yaml") == true)
        #expect(schemas["./.tapform/schemas/config.schema.json"] == ["tapform.yaml"])
    }

    @Test("an existing folder keeps every file byte for byte; .gitignore gets only the missing entries")
    func existingFilesAreKept() throws {
        let root = try TempProject([
            "tapform.yaml": "version: 1\n# ours\n",
            ".vscode/settings.json": "{ \"editor.tabSize\": 2 }",
            ".gitignore": "node_modules/\n/.secrets/",
        ]).write()
        defer { TempProject.remove(root) }

        let entries = try InitUseCase.run(root: root, force: false)
        let outcomes = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.outcome) })
        #expect(outcomes["tapform.yaml"] == .skipped)
        #expect(outcomes[".vscode/settings.json"] == .skipped)
        #expect(outcomes[ScaffoldWorkflow.path] == .written)
        #expect(outcomes[".gitignore"] == .merged([".tapform/local/", "tapform-plan.json"]), "/.secrets/ already ignores .secrets/")
        #expect(try read(root, "tapform.yaml") == "version: 1\n# ours\n")
        #expect(try read(root, ".vscode/settings.json") == "{ \"editor.tabSize\": 2 }")
        #expect(try read(root, ".gitignore") == "node_modules/\n/.secrets/\n# tapform\n.tapform/local/\ntapform-plan.json\n")

        let again = try InitUseCase.run(root: root, force: false)
        #expect(again.allSatisfy { $0.outcome == .skipped || $0.outcome == .unchanged }, "\(again)")
        #expect(try read(root, ".gitignore") == "node_modules/\n/.secrets/\n# tapform\n.tapform/local/\ntapform-plan.json\n")
    }

    @Test("--force overwrites the scaffold files but still only adds to .gitignore")
    func forceOverwrites() throws {
        let root = try TempProject(["tapform.yaml": "version: 1\n", ".gitignore": "mine/\n"]).write()
        defer { TempProject.remove(root) }

        let entries = try InitUseCase.run(root: root, force: true)
        #expect(entries.first { $0.path == "tapform.yaml" }?.outcome == .overwritten)
        #expect(try read(root, "tapform.yaml") == ScaffoldProject.config)
        #expect(try read(root, ".gitignore").hasPrefix("mine/\n"))
    }

    @Test("a folder that cannot be created fails with the path")
    func unwritableFolder() throws {
        let root = try TempProject(["file": "x"]).write()
        defer { TempProject.remove(root) }
        #expect(throws: TapformError.self) { try InitUseCase.run(root: root.appendingPathComponent("file/sub"), force: false) }
    }

    @Test("README.md shows exactly the workflow init writes")
    func readmeShowsTheWorkflow() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let fenced = "```yaml\n" + ScaffoldWorkflow.text + "```\n"
        #expect(text.contains(fenced), "README.md's workflow differs from ScaffoldWorkflow.text: update the README")
    }
}

@Suite("The action and the release agree")
struct ActionReleaseAgreementTests {
    @Test("the action's install script downloads from the repository TapformRelease names")
    func installScriptNamesTheReleaseRepository() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("action/install.sh")
        let text = try String(contentsOf: script, encoding: .utf8)
        #expect(text.contains("DEFAULT_DOWNLOAD_URL=\"https://github.com/\(TapformRelease.repository)/releases/download\""))
    }
}
