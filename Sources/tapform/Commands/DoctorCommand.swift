import ArgumentParser
import TapformKit
import TaptalentAPI

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check tapform.yaml, the API key, connectivity, and that the account answers as the contract says.",
        discussion: """
            Each check prints a line: ✓ when it holds, ✗ with what to do when it does not. The key is never
            printed, only its kind. With --url, the key is read from TAPTALENT_API_KEY. Only GET requests are
            made, unless --write: then doctor also checks what needs a change to the account. For now one
            check: it creates a throwaway assessment (tapform-doctor-<random>, left inactive: the API cannot
            delete one), invites one example.com address twice and expects the second answer to say
            alreadyInvited (on the emulator, one email). The finding is recorded in
            .tapform/doctor/deduplication.json for `invite --resend-unknown`. --write refuses Taptalent's
            production host unless --production is given. Exits 1 when any check fails.
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
        let report = await DoctorUseCase.run(DoctorOptions(
            root: project.root, connection: request, write: write, allowProduction: production))
        if format == .json { JSONOutput.emit(report) }
        Console.human(report.text)
        if !report.passed { throw ExitCode.failure }
    }
}
