import ArgumentParser

// Scaffold: the helper that builds the apply use case replaces this file with the real command.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "apply", abstract: "(being built)")
    func run() async throws { throw ExitCode.failure }
}
