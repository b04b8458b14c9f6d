import ArgumentParser
import TapformKit

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write remote assessments and flows as new files that plan clean.",
        discussion: """
            One file per assessment or flow, named after a slug of its name; NAME matches both. Those a \
            project file already declares are skipped (two files cannot share a name); existing files are \
            overwritten only with --force, and never one declaring another. When the account has several \
            with one name, the preferred one (active; then the most recently updated assessment, the first \
            created flow) is written with id: pinned. Inactive ones are written with status: inactive. A flow \
            step names its assessment by name when plan finds it by that name, else by assessmentId: with a \
            comment saying why. Reads the account only.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions

    @Argument(help: "Names of remote assessments or flows to import.")
    var names: [String] = []

    @Flag(help: "Import every remote assessment and flow.")
    var all = false

    @Option(help: "Where to write the assessment files (default: the project's assessments folder).")
    var dir: String?

    @Option(name: .customLong("flows-dir"), help: "Where to write the flow files (default: the project's flows folder).")
    var flowsDir: String?

    @Flag(help: "Overwrite an existing file at the target path.")
    var force = false

    @Option(help: "human or json (one document on standard output).")
    var format: ReportFormat = .human

    func validate() throws {
        if all && !names.isEmpty { throw ValidationError("give assessment or flow names or --all, not both") }
        if !all && names.isEmpty { throw ValidationError("name the assessments or flows to import, or use --all") }
    }

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            let report = try await ConnectionResolver.using(
                environment.request(readOnly: true), config: loaded.config, root: project.root
            ) { connection in
                try await ImportUseCase.run(
                    project: loaded, options: ImportOptions(names: names, all: all, directory: dir, flowsDirectory: flowsDir, force: force),
                    client: connection.client, environment: connection.environmentName)
            }
            if format == .json { JSONOutput.emit(report) }
            for line in report.lines { Console.human(line) }
            if report.hasFailures { throw ExitCode.failure }
        }
    }
}
