import ArgumentParser
import TapformSpec

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of assessment files or of tapform.yaml, for editors.")

    /// Accepted like every command's (`tapform -C DIR schema`); the schema does not depend on the project.
    @OptionGroup var project: ProjectOptions

    @Option(help: "Which file's schema: an assessment file, a template file or tapform.yaml.")
    var kind: SchemaGenerator.Kind = .assessment

    func run() throws {
        Console.out(SchemaGenerator.schema(kind: kind))
    }
}

extension SchemaGenerator.Kind: ExpressibleByArgument {}
