import TapformKit

extension PlanPresentation {
    /// Prints the plan to standard output (for json, as the run's one JSON document) and, for github in
    /// GitHub Actions, appends its Markdown to the job summary.
    func print(_ format: PlanFormat) throws {
        if format == .json { JSONOutput.emit(text: output) } else { Console.out(output) }
        if let stepSummary, let path = Console.environment[Self.stepSummaryVariable], !path.isEmpty {
            try Self.appendStepSummary(stepSummary, toFileAt: path)
        }
    }
}
