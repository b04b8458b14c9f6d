import ArgumentParser
import TapformKit

struct PullCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Write the questions and settings the account holds into assessment files.",
        discussion: """
            For each NAME (an assessment name as its file declares it), finds the remote assessment as plan \
            does and writes its questions into the file, replacing the questions: block, or turning a \
            generate: block into a questions: block, and the settings that differ from the account's (only \
            those values change). Comments, key order and blank lines elsewhere stay as they are. Afterwards \
            plan shows no change for it. Differing questions or settings inherited from a template, or \
            written with ${...} vars, are refused and nothing is written. Reads the account only.
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
