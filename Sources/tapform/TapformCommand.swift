import ArgumentParser

@main
struct Tapform: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapform",
        abstract: "Keep Taptalent voice-interview assessments as YAML in git and make an account match them."
    )
}
