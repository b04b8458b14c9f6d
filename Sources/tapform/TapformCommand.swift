import ArgumentParser
import TapformKit

@main
struct Tapform: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapform",
        abstract: "Keep Taptalent voice-interview assessments as YAML in git and make an account match them.",
        discussion: """
            Without tapform.yaml (or with --env local) every command runs against the embedded emulator, \
            with its data in .tapform/local/, so a fresh clone can plan and apply at once. `-C DIR` (the \
            project folder) may come before the command, as with `git -C`.
            """,
        version: TapformRelease.version,
        subcommands: [
            InitCommand.self, ValidateCommand.self, FmtCommand.self, PlanCommand.self, ShowCommand.self, ApplyCommand.self,
            ImportCommand.self, PullCommand.self, GenerateCommand.self, InviteCommand.self, ResultsCommand.self,
            DoctorCommand.self, SchemaCommand.self, SandboxCommand.self,
        ]
    )

    /// Parses and runs the command, as swift-argument-parser's `main` does, except that:
    /// - with `--format json`, a failure that left no document (a usage error, exit 64, included) is
    ///   written as an error report;
    /// - an error of tapform's own that fails the command (exit 1, e.g. a `-C` folder that does not exist,
    ///   found while the options are checked) prints as `error: …` like every other error of tapform, not
    ///   with a usage error's `Error: ` prefix. Usage errors (exit 64) keep the parser's message and usage.
    static func main() async {
        MallocArenas.limit()
        let arguments = LeadingDirectory.hoist(Array(CommandLine.arguments.dropFirst()), root: self)
        Console.ignoreBrokenPipes()
        let command = configuration.subcommands.first { $0._commandName == arguments.first }?._commandName
        JSONOutput.start(arguments: arguments, command: command)
        do {
            var parsed = try parseAsRoot(arguments)
            if var asyncCommand = parsed as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try parsed.run()
            }
        } catch {
            let code = exitCode(for: error).rawValue
            if code != 0 {
                let message = fullMessage(for: error)
                JSONOutput.reportFailure(ErrorReport(
                    command: command, exitCode: code, error: error,
                    message: message.isEmpty ? "\(command ?? "tapform") failed (exit status \(code))" : message))
            }
            let message = message(for: error)
            if exitCode(for: error) == .failure && !message.isEmpty {
                Console.error("error: " + message)
                exit(withError: ExitCode.failure)
            }
            exit(withError: error)
        }
    }
}
