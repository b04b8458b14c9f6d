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

    /// swift-argument-parser's `main`, except that tapform's own errors (a `TapformError` thrown while the
    /// options are checked, e.g. a `-C` folder that does not exist) print as `error: …` like every other
    /// error of tapform, not as a usage error's `Error: …`.
    static func main() async {
        do {
            var command = try parseAsRoot(LeadingDirectory.hoist(Array(CommandLine.arguments.dropFirst()), root: self))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as TapformError {
            Console.error("error: \(error)")
            exit(withError: ExitCode.failure)
        } catch {
            exit(withError: error)
        }
    }
}
