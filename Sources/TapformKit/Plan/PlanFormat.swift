import Foundation
import TapformPlan

/// `plan --format`.
public enum PlanFormat: String, CaseIterable, Sendable {
    case human, json, markdown, github
}

/// What `plan` prints, and for `github` the Markdown that goes to the job summary.
public struct PlanPresentation: Sendable, Hashable {
    /// For standard output.
    public var output: String
    /// For `$GITHUB_STEP_SUMMARY` (github only).
    public var stepSummary: String?

    /// The variable GitHub Actions sets to the job summary file.
    public static let stepSummaryVariable = "GITHUB_STEP_SUMMARY"

    /// `color` and `width` (terminal columns) apply to the human format.
    public static func make(_ plan: Plan, format: PlanFormat, color: Bool, width: Int = HumanPlanRenderer.defaultWidth) -> PlanPresentation {
        switch format {
        case .human:
            return PlanPresentation(output: HumanPlanRenderer.render(plan, color: color, width: width))
        case .json:
            return PlanPresentation(output: JSONRenderer.render(plan))
        case .markdown:
            return PlanPresentation(output: MarkdownRenderer.render(plan))
        case .github:
            // The annotations, then the closing lines so that the log says what the plan is.
            let rendered = GitHubPlanRenderer.render(plan)
            return PlanPresentation(
                output: rendered.annotations + plan.verdictLines.map { $0 + "\n" }.joined(), stepSummary: rendered.markdown)
        }
    }

    /// Appends `markdown` to the job summary file named by `$GITHUB_STEP_SUMMARY` (created if missing).
    public static func appendStepSummary(_ markdown: String, toFileAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        let data = Data((markdown.hasSuffix("\n") ? markdown : markdown + "\n").utf8)
        do {
            if !FileManager.default.fileExists(atPath: path) {
                try data.write(to: url)
                return
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
        } catch {
            throw TapformError("cannot append the plan to \(stepSummaryVariable) (\(path)): \(error.localizedDescription)")
        }
    }
}
