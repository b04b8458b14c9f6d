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
        let report = ValidateReport(project: loaded, filter: targeting.filter)
        switch format {
        case .human:
            let text = DiagnosticRenderer.human(report.diagnostics, color: Console.useColor)
            if !text.isEmpty { Console.out(text) }
            Console.out(report.summaryLine)
        case .json:
            JSONOutput.emit(report)
        case .github:
            let text = DiagnosticRenderer.github(report.diagnostics)
            if !text.isEmpty { Console.out(text) }
        }
        for pattern in targeting.filter.unmatchedOnlyPatterns(
            in: loaded.spec.assessments.map(\.name.value) + loaded.spec.flows.map(\.name.value)) {
            Console.error("warning: --only \(pattern) matches no assessment or flow")
        }
        if report.hasErrors { throw ExitCode.failure }
    }
}
