import ArgumentParser
import Foundation
import TapformInvite
import TapformKit
import TapformSupport

struct ResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Export the candidates who completed an assessment, with score, CEFR level and report link.",
        discussion: """
            NAME is found like for invite (the project's file, then the account); --id ID names it by id. \
            --flow NAME lists a flow's candidates instead, with their status and step (--status to keep one \
            status); its JSON is a report (`tapform schema --kind flow-results`). Reads only. Every page is fetched. Times are ISO 8601 UTC.

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

    @Option(help: ArgumentHelp("With --flow: only the candidates with this status (\(FlowResults.statuses.joined(separator: ", "))).",
                               valueName: "STATUS"))
    var status: String?

    func validate() throws {
        guard let status else { return }
        guard assessment.flow != nil else { throw ValidationError("--status goes with --flow NAME") }
        guard FlowResults.statuses.contains(status.uppercased()) else {
            throw ValidationError("--status must be one of \(FlowResults.statuses.joined(separator: ", ")), not \(status)")
        }
    }

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
        let chosen = ResultsFormat.choose(explicit: format, outPath: out, stdoutIsTerminal: Console.stdoutIsTerminal)
        let masker = EmailMasker(environment: Console.environment)
        let text: String
        let count: Int
        if target.kind == .flow {
            let report = try await FlowResults(client: connection.client)
                .fetch(target, status: status?.uppercased(), environment: connection.environmentName)
            (text, count) = (FlowResults.render(report, format: chosen, masker: masker), report.candidates.count)
        } else {
            let results = try await ResultsUseCase(client: connection.client).fetch(assessmentId: target.id)
            (text, count) = (try ResultsUseCase.render(results, format: chosen, masker: masker), results.count)
        }
        if let out {
            try AtomicFile.write(Data(text.utf8), to: project.file(out))
            Console.error("\(count) result\(count == 1 ? "" : "s") of the \(target.label) written to \(out)")
        } else {
            Console.write(text, to: .output)
        }
    }
}

extension ResultsFormat: ExpressibleByArgument {}
