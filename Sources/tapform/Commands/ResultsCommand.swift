import ArgumentParser

// Scaffold: the helper that builds the results use case replaces this file with the real command.
struct ResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "results", abstract: "(being built)")
    func run() async throws { throw ExitCode.failure }
}
