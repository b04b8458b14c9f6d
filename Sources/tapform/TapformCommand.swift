import ArgumentParser
import TapformKit

@main
struct Tapform: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapform",
        abstract: "Keep Taptalent voice-interview assessments as YAML in git and make an account match them.",
        discussion: """
            Without tapform.yaml (or with --env local) every command runs against the embedded emulator,
            with its data in .tapform/local/, so a fresh clone can plan and apply at once. `-C DIR` (the
            project folder) may come before the command, as with `git -C`.
            """,
        version: TapformRelease.version,
        subcommands: [
            InitCommand.self, ValidateCommand.self, PlanCommand.self, ApplyCommand.self, ImportCommand.self, PullCommand.self,
            GenerateCommand.self, InviteCommand.self, ResultsCommand.self, DoctorCommand.self,
            SchemaCommand.self, SandboxCommand.self,
        ]
    )

    static func main() async {
        MallocArenas.limit()
        await main(LeadingDirectory.hoist(Array(CommandLine.arguments.dropFirst()), root: self))
    }
}
