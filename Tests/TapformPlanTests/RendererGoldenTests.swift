import Foundation
import Testing
import TapformPlan

/// Each renderer's output for `GoldenScenario`, compared with a file under Golden/.
/// `TAPFORM_UPDATE_GOLDENS=1 swift test --filter RendererGoldenTests` rewrites them; review the diff.
@Suite("Renderer goldens")
struct RendererGoldenTests {
    private static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func check(_ actual: String, against name: String) throws {
        let url = Self.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TAPFORM_UPDATE_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs; rerun with TAPFORM_UPDATE_GOLDENS=1 and review the diff")
    }

    @Test func human() throws {
        try check(HumanPlanRenderer.render(GoldenScenario.plan), against: "plan.human.txt")
    }

    @Test func humanWithColour() throws {
        try check(HumanPlanRenderer.render(GoldenScenario.plan, color: true), against: "plan.human-color.txt")
    }

    @Test func json() throws {
        try check(JSONRenderer.render(GoldenScenario.plan), against: "plan.json")
    }

    @Test func markdown() throws {
        try check(MarkdownRenderer.render(GoldenScenario.plan), against: "plan.md")
    }

    @Test func githubAnnotations() throws {
        let output = GitHubPlanRenderer.render(GoldenScenario.plan)
        try check(output.annotations, against: "plan.github.txt")
        #expect(output.markdown == MarkdownRenderer.render(GoldenScenario.plan))
    }

    @Test func scenarioCoversEveryCase() {
        let plan = GoldenScenario.plan
        let actions = Set(plan.assessments.map(\.action))
        #expect(actions == [.create, .update, .deactivate, .noChange, .blocked])
        let kinds = Set(plan.assessments.flatMap(\.questionChanges).map(\.kind))
        #expect(kinds == [.create, .delete, .update, .move])
        #expect(plan.assessments.contains { $0.renamedFrom != nil })
        #expect(plan.assessments.contains { !$0.generatedNotInFile.isEmpty })
        #expect(plan.unmanaged.map(\.id) == ["a-900"])
    }
}
