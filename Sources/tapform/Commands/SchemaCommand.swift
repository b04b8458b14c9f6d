import ArgumentParser
import TapformSpec

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of assessment, template or flow files or of tapform.yaml, for editors.")

    /// Accepted like every command's (`tapform -C DIR schema`); the schema does not depend on the project.
    @OptionGroup var project: ProjectOptions

    @Option(help: "assessment, template, config or flow.")
    var kind: SchemaGenerator.Kind = .assessment

    func run() throws {
        Console.out(SchemaGenerator.schema(kind: kind))
    }
}

extension SchemaGenerator.Kind: ExpressibleByArgument {}
