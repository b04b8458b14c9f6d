import ArgumentParser
import TapformKit
import TaptalentAPI

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check tapform.yaml, the API key, connectivity, and that the account answers as the contract says.",
        discussion: """
            Each check prints a line: ✓ when it holds, ✗ with what to do when it does not. The key is never \
            printed, only its kind. With --url, the key is read from TAPTALENT_API_KEY. Only GET requests are \
            made, unless --write: then doctor also exercises every endpoint tapform writes to, on a throwaway \
            assessment (tapform-doctor-<random>): create, read, update, add/move/delete a question with the \
            renumbering, generate questions, auto-generate (a second throwaway), invite one example.com \
            address twice (the second answer should say alreadyInvited; on the emulator, one email), and the \
            candidates list. Each answer's status, shape and field types are checked against the contract and \
            printed as a table (endpoint, expected, seen, ok), each mismatch by field. What was created is set \
            inactive at the end (the API cannot delete an assessment), also after a failure or Ctrl-C. The \
            de-duplication found is recorded in .tapform/doctor/deduplication.json for `invite \
            --resend-unknown`. --write refuses Taptalent's production host unless --production is given. \
            --format json prints one JSON document instead, for a bug report. Exits 1 when any check fails \
            or any answer differs, 130 after Ctrl-C.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "The environment from tapform.yaml, or local for the embedded emulator.")
    var env: String?

    @Option(name: .long, help: "Check this API base URL instead, with the key in TAPTALENT_API_KEY.")
    var url: String?

    @Flag(name: .long, help: "Print every request and response (the API key is never printed).")
    var debug = false

    @Flag(name: .long, help: "Also run the checks that change the account (a throwaway, inactive assessment).")
    var write = false

    @Flag(name: .long, help: "Allow --write on Taptalent's production host.")
    var production = false

    @Option(help: "human or json (one document on standard output).")
    var format: ReportFormat = .human

    func validate() throws {
        if env != nil && url != nil { throw ValidationError("give --env or --url, not both") }
        if production && !write { throw ValidationError("--production goes with --write") }
    }

    func run() async throws {
        var sink: (@Sendable (String) -> Void)?
        if debug { sink = { line in Console.error("debug: " + line) } }
        let request = ConnectionRequest(
            environment: env, url: url, readOnly: true, debugSink: sink,
            retry: RetryPolicy(maxAttempts: 2), timeout: .seconds(15))
        let interruption = RunInterruption()
        if write {
            SignalTrap.install(interruption, stopping: "No new request starts; the throwaway assessments are set inactive")
        }
        let report = await DoctorUseCase.run(DoctorOptions(
            root: project.root, connection: request, write: write, allowProduction: production, interruption: interruption))
        if format == .json { JSONOutput.emit(report) }
        Console.human(report.text)
        if let code = interruption.exitCode { throw code }
        if !report.passed { throw ExitCode.failure }
    }
}
