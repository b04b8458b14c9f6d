import ArgumentParser
import TapformKit

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write remote assessments as new files that plan clean.",
        discussion: """
            One file per assessment, named after a slug of its name. Assessments a project file already \
            declares are skipped (two files cannot share a name); existing files are overwritten only with \
            --force, and never one declaring another assessment. When the account has several assessments \
            with one name, the active, most recently updated one is written with id: pinned. Inactive ones \
            are written with status: inactive. Reads the account only.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions

    @Argument(help: "Names of remote assessments to import.")
    var names: [String] = []

    @Flag(help: "Import every remote assessment.")
    var all = false

    @Option(help: "Where to write the files (default: the project's assessments folder).")
    var dir: String?

    @Flag(help: "Overwrite an existing file at the target path.")
    var force = false

    @Option(help: "human or json (one document on standard output).")
    var format: ReportFormat = .human

    func validate() throws {
        if all && !names.isEmpty { throw ValidationError("give assessment names or --all, not both") }
        if !all && names.isEmpty { throw ValidationError("name the assessments to import, or use --all") }
    }

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            let report = try await ConnectionResolver.using(
                environment.request(readOnly: true), config: loaded.config, root: project.root
            ) { connection in
                try await ImportUseCase.run(
                    project: loaded, options: ImportOptions(names: names, all: all, directory: dir, force: force),
                    client: connection.client, environment: connection.environmentName)
            }
            if format == .json { JSONOutput.emit(report) }
            for line in report.lines { Console.human(line) }
            if report.hasFailures { throw ExitCode.failure }
        }
    }
}
