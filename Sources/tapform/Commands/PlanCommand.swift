import ArgumentParser

// Scaffold: the helper that builds the plan use case replaces this file with the real command.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "(being built)")
    func run() async throws { throw ExitCode.failure }
}
