import ArgumentParser
import TapformKit
import TapformPlan

/// `tapform show`: a plan saved with `plan --out`, rendered in any plan format.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a plan saved with `tapform plan --out FILE`, in any plan format.",
        discussion: """
            Checks the file as apply does before anything else: a file changed after plan saved it, or one \
            that plan did not write, is refused with exit 1. Connects to nothing and reads no other file. \
            The output is what plan printed in that format; human adds the environment the plan was made \
            for first.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "A plan saved with `tapform plan --out FILE`.")
    var planFile: String

    @Option(help: "human, json, markdown or github (annotations, and the Markdown to $GITHUB_STEP_SUMMARY).")
    var format: PlanFormat = .human

    func run() async throws {
        try await reportingErrors {
            let saved = try SavedPlan.read(from: project.file(planFile))
            if format == .human {
                Console.out("Saved plan for \(saved.target); apply exactly it with: tapform apply \(planFile)\n")
            }
            try PlanPresentation.make(saved.plan, format: format, color: Console.useColor, width: Console.width).print(format)
        }
    }
}
