import ArgumentParser
import TapformKit
import TapformSpec

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a file kind (for editors) or of a JSON report (for policy tools).",
        discussion: """
            File kinds (draft 2020-12): assessment, template, config, flow. JSON reports (draft-07, as OPA's \
            json.match_schema reads them; the same files are in the repository's schemas/ folder): \
            \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    /// Accepted like every command's (`tapform -C DIR schema`); the schema does not depend on the project.
    @OptionGroup var project: ProjectOptions

    @Option(help: "Which schema: assessment, template, flow, config (tapform.yaml), or a JSON report's.")
    var kind: SchemaKind = .file(.assessment)

    func run() throws {
        switch kind {
        case .file(let kind): Console.out(SchemaGenerator.schema(kind: kind))
        case .report(let kind): Console.out(ReportSchemas.text(kind))
        }
    }
}

/// A file kind or a report kind.
enum SchemaKind: ExpressibleByArgument {
    case file(SchemaGenerator.Kind)
    case report(ReportKind)

    init?(argument: String) {
        if let kind = SchemaGenerator.Kind(rawValue: argument) {
            self = .file(kind)
        } else if let kind = ReportKind(rawValue: argument) {
            self = .report(kind)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] {
        SchemaGenerator.Kind.allCases.map(\.rawValue) + ReportKind.allCases.map(\.rawValue)
    }

    var defaultValueDescription: String {
        switch self {
        case .file(let kind): kind.rawValue
        case .report(let kind): kind.rawValue
        }
    }
}
