import ArgumentParser
import TapformKit

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Ask the account for more generated questions and write them into the assessment's file.",
        discussion: """
            Calls generate-questions for N more questions (1 to 20) on the remote assessment that NAME's file \
            manages, then writes its full question list into the file's questions: block (nothing else in the \
            file changes). Refused before any request when the assessment would pass 50 questions, or when the \
            file's questions differ from the account's (apply or pull first).
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions

    @Argument(help: "The assessment name, as its file declares it.")
    var name: String

    @Option(help: "How many questions to generate (1 to 20).")
    var count: Int

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            let report = try await ConnectionResolver.using(
                environment.request(readOnly: false), config: loaded.config, root: project.root
            ) { connection in
                try await GenerateUseCase.run(
                    project: loaded, name: name, count: count, client: connection.client,
                    environment: connection.environmentName)
            }
            let added = report.added.count
            Console.out("\"\(report.file.name)\": the account generated \(added) question\(added == 1 ? "" : "s")")
            for text in report.added { Console.out("  + \(text)") }
            Console.out(report.file.summary)
            for note in report.file.notes { Console.out("  note: \(note)") }
        }
    }
}
