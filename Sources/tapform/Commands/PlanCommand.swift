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
                parallelism: concurrency.parallelism)
            let (result, target) = try await ConnectionResolver.using(
                environment.request(readOnly: true, concurrency: concurrency.limit), config: loaded.config, root: project.root
            ) { connection in
                (try await PlanUseCase.run(project: loaded, client: connection.client, request: request), PlanTarget(connection))
            }
            for pattern in result.unmatchedOnlyPatterns {
                Console.error("warning: --only \(pattern) matches no assessment")
            }
            let presentation = PlanPresentation.make(result.plan, format: format, color: Console.useColor, width: Console.width)
            Console.out(presentation.output)
            if let markdown = presentation.stepSummary,
               let path = Console.environment[PlanPresentation.stepSummaryVariable], !path.isEmpty {
                try PlanPresentation.appendStepSummary(markdown, toFileAt: path)
            }
            if let out {
                guard !result.plan.hasErrors else {
                    throw TapformError("the plan has errors; it was not saved to \(out)")
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
