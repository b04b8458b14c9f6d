import TapformKit

extension PlanPresentation {
    /// Prints the plan to standard output and, for github in GitHub Actions, appends its Markdown to the
    /// job summary.
    func print() throws {
        Console.out(output)
        if let stepSummary, let path = Console.environment[Self.stepSummaryVariable], !path.isEmpty {
            try Self.appendStepSummary(stepSummary, toFileAt: path)
        }
    }
}
