import ArgumentParser
import TapformKit

struct PullCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Write the questions the account holds into assessment files (only their questions: block changes).",
        discussion: """
            For each NAME (an assessment name as its file declares it), finds the remote assessment as plan \
            does and writes its questions into the file, replacing the questions: block, or turning a \
            generate: block into a questions: block. Comments, key order and blank lines elsewhere stay as \
            they are. Afterwards plan shows no question change for it. Questions inherited from a template \
            are refused (they would be copied out of the template). Reads the account only.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions

    @Argument(help: "Assessment names, as the files declare them.")
    var names: [String]

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            let report = try await ConnectionResolver.using(
                environment.request(readOnly: true), config: loaded.config, root: project.root
            ) { connection in
                try await PullUseCase.run(
                    project: loaded, names: names, client: connection.client, environment: connection.environmentName)
            }
            for file in report.files {
                Console.out(file.summary)
                for note in file.notes { Console.out("  note: \(note)") }
            }
        }
    }
}
