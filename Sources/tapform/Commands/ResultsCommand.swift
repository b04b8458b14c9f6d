import ArgumentParser
import Foundation
import TapformInvite
import TapformKit

struct ResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Export the candidates who completed an assessment, with score, CEFR level and report link.",
        discussion: """
            NAME is found like for invite (the project's file, then the account); --id ID names it by id. \
            Reads only. Every page is fetched. Times are ISO 8601 UTC.

            Format: --format wins; else from --out's extension (.json, .txt for a table, anything else CSV); \
            else a table on a terminal and CSV when piped. CSV is RFC 4180 with cells that a spreadsheet \
            would run as formulas prefixed with '. --out replaces the file atomically. The table masks \
            emails when CI is set; CSV and JSON never do (they are data).
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions

    @OptionGroup var assessment: AssessmentReferenceOptions

    @Option(help: "csv, json or table.")
    var format: ResultsFormat?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            try await ConnectionResolver.using(
                environment.request(readOnly: true), config: loaded.config, root: loaded.root
            ) { connection in
                try await export(loaded, connection)
            }
        }
    }

    private func export(_ loaded: Project, _ connection: Connection) async throws {
        let target = try await AssessmentResolver.locate(
            assessment.reference, project: loaded, client: connection.client, environment: connection.environmentName)
        let results = try await ResultsUseCase(client: connection.client).fetch(assessmentId: target.id)
        let chosen = ResultsFormat.choose(explicit: format, outPath: out, stdoutIsTerminal: Console.stdoutIsTerminal)
        let text = try ResultsUseCase.render(results, format: chosen, masker: EmailMasker(environment: Console.environment))
        if let out {
            try AtomicFileWriter.write(Data(text.utf8), to: project.file(out))
            Console.error("\(results.count) result\(results.count == 1 ? "" : "s") of \"\(target.name)\" written to \(out)")
        } else {
            Console.write(text, to: .output)
        }
    }
}

extension ResultsFormat: ExpressibleByArgument {}
