import Foundation
import TapformSpec
import TaptalentAPI

/// The files `tapform init` writes into an assessments repository, each made from what tapform already
/// declares: environment URLs from `TaptalentConfiguration`, schemas from `SchemaGenerator`, folder names
/// from `ProjectPaths`, the workflow from `ScaffoldWorkflow`.
public enum ScaffoldProject {
    public static let productionEnvironment = "production"
    public static let sandboxEnvironment = "sandbox"
    public static let productionKeyVariable = "TAPTALENT_API_KEY"
    public static let sandboxKeyVariable = "TAPTALENT_SANDBOX_API_KEY"
    /// Where the JSON Schemas go, and the editor setting that maps them to the files.
    public static let schemaFolder = ".tapform/schemas"
    public static let editorSettingsPath = ".vscode/settings.json"
    public static let templateName = "behavioural"
    public static let exampleName = "Example Support Specialist — Screen"
    public static let exampleFlowName = "Example Support Hiring Flow"

    /// Lines `.gitignore` must hold: the emulator's data, local key files, saved plans.
    public static let ignoredPaths = [".tapform/local/", ".secrets/", ScaffoldWorkflow.planFile]

    public static func schemaPath(_ kind: SchemaGenerator.Kind) -> String { "\(schemaFolder)/\(kind.rawValue).schema.json" }

    /// Every file but `.gitignore` (which is merged, not written whole), in the order init reports them.
    public static var files: [(path: String, contents: String)] {
        [
            (ProjectConfig.fileName, config),
            ("\(paths.templates)/\(templateName).yaml", template),
            ("\(paths.assessments)/example-support-screen.yaml", assessment),
            ("\(paths.flows)/example-support-flow.yaml", flow),
            (ScaffoldWorkflow.path, ScaffoldWorkflow.text),
        ]
            + SchemaGenerator.Kind.allCases.map { (schemaPath($0), SchemaGenerator.schema(kind: $0)) }
            + [(editorSettingsPath, editorSettings)]
    }

    private static let paths = ProjectPaths()

    static var config: String {
        """
        # tapform project configuration. Keys come from environment variables (in GitHub: secrets of a
        # protected environment), never from this file. `--env local` is the embedded emulator: no key.
        version: 1
        environments:
          \(productionEnvironment): { url: \(TaptalentConfiguration.productionBaseURL.absoluteString), apiKeyEnv: \(productionKeyVariable) }
          \(sandboxEnvironment): { url: \(TaptalentConfiguration.sandboxBaseURL.absoluteString), apiKeyEnv: \(sandboxKeyVariable) }
        # No defaultEnvironment: commands use the embedded emulator (--env local) unless --env names one of
        # the environments above. Set `defaultEnvironment: \(sandboxEnvironment)` once your team has a sandbox key.

        """
    }

    static var template: String {
        """
        # A template: questions every screen asks. Assessments use it with `extends: \(templateName)`.
        version: 1
        questions:
          - text: Tell me about a time you disagreed with a teammate on how to approach a piece of work. What happened?
            timeLimitSeconds: 150
            idealAnswer: >-
              Describes a concrete situation, explains both positions fairly, and says how it was resolved
              and what they would repeat or change.

        """
    }

    static var assessment: String {
        """
        # One assessment per file. `tapform plan` shows what would change in the account, `tapform apply`
        # makes it so. The name is its identity: to rename, add the old name to renamedFrom.
        version: 1
        name: \(exampleName)
        extends: \(templateName)
        role: Customer Support Specialist
        purpose: Check empathy, troubleshooting method and clear spoken explanations.
        durationMinutes: 15
        language: english
        skills: [Troubleshooting, Customer empathy, Clear explanations]
        questions:
          append:
            - text: A customer says the product "just stopped working". How do you find out what is wrong?
              timeLimitSeconds: 180
              idealAnswer: >-
                Acknowledges the frustration, asks what changed and when, reproduces the problem, narrows it
                down step by step and keeps the customer informed.

        """
    }

    static var flow: String {
        """
        # A flow chains assessments into steps: a candidate assigned to it (tapform invite --flow) gets the
        # first step's invite and goes on when the score reaches the step's passThreshold (0 to 100). Steps
        # name assessments of this repository (or of the account). On an existing flow only thresholds can
        # change and steps be appended; anything else needs a new flow name, or apply --replace.
        version: 1
        name: \(exampleFlowName)
        description: The support screen; append a step for the next round.
        steps:
          - assessment: \(exampleName)
            passThreshold: 70
            name: Support screen

        """
    }

    static var editorSettings: String { "{\n" + editorSettingLines.joined(separator: "\n") + "\n}\n" }

    /// The `yaml.schemas` entry (for the YAML extension of VS Code) mapping each schema to its files.
    public static var editorSettingLines: [String] {
        let globs: [(SchemaGenerator.Kind, [String])] = [
            (.assessment, ["\(paths.assessments)/**/*.yaml", "\(paths.assessments)/**/*.yml"]),
            (.template, ["\(paths.templates)/**/*.yaml", "\(paths.templates)/**/*.yml"]),
            (.config, [ProjectConfig.fileName]),
            (.flow, ["\(paths.flows)/**/*.yaml", "\(paths.flows)/**/*.yml"]),
        ]
        let entries = globs.map { kind, files in
            "    \"./\(schemaPath(kind))\": [" + files.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
        return ["  \"yaml.schemas\": {"] + [entries.joined(separator: ",\n")] + ["  }"]
    }
}
