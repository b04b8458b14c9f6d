import ArgumentParser
import Foundation
import TapformKit
import TapformPlan
import TapformSpec

extension PlanFormat: ExpressibleByArgument {}

/// `tapform plan`: what apply would change, from reads only.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change in the account. Only reads.",
        discussion: """
            Exit codes: 0 success (with --detailed-exitcode: no changes), 1 an error, a blocked plan or \
            drift under --expect-no-changes, 2 changes present (with --detailed-exitcode).
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var environment: EnvironmentOptions
    @OptionGroup var targeting: TargetingOptions

    @Option(help: "Save the plan to this file, for `tapform apply FILE`.")
    var out: String?

    @Option(help: "human, json, markdown or github (annotations, and the Markdown to $GITHUB_STEP_SUMMARY).")
    var format: PlanFormat = .human

    @Flag(help: "Exit 2 when there are changes, 0 when there are none.")
    var detailedExitcode = false

    @Flag(help: "Exit 1 when there are changes (drift), for scheduled checks.")
    var expectNoChanges = false

    @OptionGroup var concurrency: ParallelismOptions

    @Flag(help: "Allow deactivation and question deletions on assessments with submissions.")
    var allowDestructive = false

    @Flag(help: "Deactivate remote assessments in tapform.yaml's manage: scope that no file declares.")
    var prune = false

    @Option(help: ArgumentHelp(
        "Replace this flow when its steps change in a way the API refuses (reordered, changed or removed): deactivate "
            + "and rename the old flow, then create the new one. Repeatable.", valueName: "FLOW"))
    var replace: [String] = []

    func run() async throws {
        try await reportingErrors {
            let loaded = project.load()
            if format == .github, loaded.spec.hasErrors {
                // In CI, the file errors become annotations on their lines too.
                Console.out(DiagnosticRenderer.github(loaded.spec.diagnostics))
            }
            try loaded.requireValid()
            let request = PlanRequest(
                filter: targeting.filter, prune: prune, allowDestructive: allowDestructive,
                parallelism: concurrency.parallelism, replaceFlows: replace)
            let (result, target) = try await ConnectionResolver.using(
                environment.request(readOnly: true, concurrency: concurrency.limit), config: loaded.config, root: project.root
            ) { connection in
                (try await PlanUseCase.run(project: loaded, client: connection.client, request: request), PlanTarget(connection))
            }
            for pattern in result.unmatchedOnlyPatterns {
                Console.error("warning: --only \(pattern) matches no assessment or flow")
            }
            try PlanPresentation.make(result.plan, format: format, color: Console.useColor, width: Console.width).print(format)
            if format == .json, let blocked = result.plan.blockedLine {
                // The JSON holds the errors; standard error says once, for a person reading the log, what is blocked.
                Console.error("error: " + blocked)
                for error in result.plan.allErrors { Console.error("  " + error.description) }
            }
            if let out {
                guard !result.plan.hasErrors else {
                    throw TapformError("\(out) was not written: a blocked plan cannot be saved")
                }
                try SavedPlan(plan: result.plan, target: target, madeFrom: result.desiredState).write(to: project.file(out))
                Console.error("Saved the plan to \(out); apply exactly it with: tapform apply \(out)")
            }
            let status = PlanExitStatus.of(result.plan, detailedExitCode: detailedExitcode, expectNoChanges: expectNoChanges)
            if let message = status.message { Console.error("error: " + message) }
            if status.code != 0 { throw ExitCode(status.code) }
        }
    }
}
