import ArgumentParser
import TapformKit
import TapformSpec

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every assessment file offline: keys, values, templates, vars. No key needed.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case human, json, github }

    @OptionGroup var project: ProjectOptions
    @OptionGroup var targeting: TargetingOptions

    @Argument(help: "Files or folders to check (default: the project's assessments).")
    var paths: [String] = []

    @Option(help: "human, json or github (workflow annotations).")
    var format: Format = .human

    func run() async throws {
        let loaded = project.load(paths: paths.isEmpty ? nil : paths)
        let selected = Set(loaded.assessments(targeting.filter).map(\.file))
        // Diagnostics of files the filter leaves out are dropped, but never those of files that did not
        // resolve to an assessment (their name is unknown) nor of tapform.yaml and templates.
        let resolvedFiles = Set(loaded.spec.assessments.map(\.file))
        let diagnostics = loaded.spec.diagnostics.filter {
            targeting.filter.selectsAll || !resolvedFiles.contains($0.file) || selected.contains($0.file)
        }
        switch format {
        case .human:
            let text = DiagnosticRenderer.human(diagnostics, color: Console.useColor)
            if !text.isEmpty { Console.out(text) }
            let checked = targeting.filter.selectsAll ? loaded.spec.files.count : selected.count
            Console.out("\(checked) assessment file\(checked == 1 ? "" : "s") checked: \(DiagnosticRenderer.summaryLine(diagnostics))")
        case .json:
            Console.out(DiagnosticRenderer.json(diagnostics))
        case .github:
            let text = DiagnosticRenderer.github(diagnostics)
            if !text.isEmpty { Console.out(text) }
        }
        for pattern in targeting.filter.unmatchedOnlyPatterns(in: loaded.spec.assessments.map(\.name.value)) {
            Console.error("warning: --only \(pattern) matches no assessment")
        }
        if diagnostics.contains(where: \.isError) { throw ExitCode.failure }
    }
}
