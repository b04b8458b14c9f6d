import ArgumentParser

// Scaffold: the helper that builds the invite use case replaces this file with the real command.
struct InviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invite", abstract: "(being built)")
    func run() async throws { throw ExitCode.failure }
}
