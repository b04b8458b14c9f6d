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

    /// swift-argument-parser's `main`, except that an error of tapform's own that fails the command
    /// (exit 1, e.g. a `-C` folder that does not exist, found while the options are checked) prints as
    /// `error: …` like every other error of tapform, not with a usage error's `Error: ` prefix. Usage errors
    /// (exit 64) keep the parser's message and usage.
    static func main() async {
        do {
            var command = try parseAsRoot(LeadingDirectory.hoist(Array(CommandLine.arguments.dropFirst()), root: self))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let message = message(for: error)
            if exitCode(for: error) == .failure && !message.isEmpty {
                Console.error("error: " + message)
                exit(withError: ExitCode.failure)
            }
            exit(withError: error)
        }
    }
}
