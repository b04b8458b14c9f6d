import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

@Suite("drift: a remote assessment appearing in the manage: scope")
struct PlanDriftTests {
    static let question = "Tell me about a production incident you owned end to end."
    static let config = "version: 1\nmanage: [\"Team *\"]\n"

    static func project(config: String? = PlanDriftTests.config) -> Project {
        var files = ["assessments/team-alpha.yaml": AssessmentYAML(name: "Team alpha", questions: [.init(text: question)]).text]
        if let config { files["tapform.yaml"] = config }
        return TempProject(files).project
    }

    @Test("a new active assessment in scope fails --expect-no-changes, named with its id in every format")
    func newAssessmentInScope() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let seeder = RemoteSeeder(client: client)
            try await seeder.create("Team alpha", questions: [Self.question])
            let clean = try await PlanUseCase.run(project: Self.project(), client: client, request: PlanRequest())
            #expect(PlanExitStatus.of(clean.plan, detailedExitCode: false, expectNoChanges: true).code == 0)

            let appeared = try await seeder.create("Team beta (made in the dashboard)", questions: [Self.question])
            try await seeder.create("Other team's screen", questions: [Self.question])
            let result = try await PlanUseCase.run(project: Self.project(), client: client, request: PlanRequest())
            let plan = result.plan
            #expect(!plan.hasChanges, "nothing to apply without --prune")
            #expect(plan.drift.map(\.id) == [appeared.assessmentId])
            #expect(plan.summary.drift == 1)

            let status = PlanExitStatus.of(plan, detailedExitCode: false, expectNoChanges: true)
            #expect(status.code == 1)
            let message = try #require(status.message)
            #expect(message.contains("\"Team beta (made in the dashboard)\" (\(appeared.assessmentId))"))
            #expect(!message.contains("Other team's screen"), "outside the scope is not drift")
            #expect(PlanExitStatus.of(plan, detailedExitCode: false, expectNoChanges: false).code == 0)

            let named = "Team beta (made in the dashboard)"
            let human = HumanPlanRenderer.render(plan)
            #expect(human.contains("\"\(named)\" (\(appeared.assessmentId)) appeared in the manage: scope"))
            #expect(human.contains("tapform.yaml:2:"), "the warning points at the manage: pattern")
            #expect(!human.contains("The account matches the files"))
            let json = JSONRenderer.render(plan)
            #expect(json.contains("\"inManageScope\" : true"))
            #expect(json.contains("\"drift\" : 1"))
            #expect(json.contains(appeared.assessmentId))
            let markdown = MarkdownRenderer.render(plan)
            #expect(markdown.contains(named) && markdown.contains(appeared.assessmentId))
            #expect(markdown.contains("in no file"))
            let github = GitHubPlanRenderer.render(plan).annotations
            #expect(github.contains("::warning file=tapform.yaml,line=2"))
            #expect(github.contains(appeared.assessmentId))
        }
    }

    @Test("inactive ones, ones outside --only, and accounts without manage: are not drift")
    func notDrift() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let seeder = RemoteSeeder(client: client)
            try await seeder.create("Team alpha", questions: [Self.question])
            try await seeder.create("Team retired", questions: [Self.question], status: WireStatus.inactive)
            try await seeder.create("Team gamma", questions: [Self.question])

            let noScope = try await PlanUseCase.run(project: Self.project(config: nil), client: client, request: PlanRequest())
            #expect(noScope.plan.drift.isEmpty)
            let filtered = try await PlanUseCase.run(
                project: Self.project(), client: client, request: PlanRequest(filter: AssessmentFilter(only: ["Team alpha"])))
            #expect(filtered.plan.drift.isEmpty)
            let scoped = try await PlanUseCase.run(project: Self.project(), client: client, request: PlanRequest())
            #expect(scoped.plan.drift.map(\.name) == ["Team gamma"], "the inactive one (retired, or pruned before) is not drift")
            #expect(scoped.plan.unmanaged.first { $0.name == "Team retired" }?.inManageScope == true)
        }
    }

    @Test("a file renamed without renamedFrom: the in-scope leftover is read once and named at the file's name line")
    func renameHint() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let questions = [
                "Tell me about a production incident you owned end to end.",
                "How do you decide what to test first in a new codebase?",
                "Describe a design decision you would make differently today.",
            ]
            let old = try await RemoteSeeder(client: client).create("Team backend screen", questions: questions)
            try await RemoteSeeder(client: client).create("Sales pitch", questions: questions)
            let renamed = AssessmentYAML(name: "Team platform interview", questions: questions.map { .init(text: $0) })
            let project = TempProject([
                "assessments/renamed.yaml": renamed.text, "tapform.yaml": Self.config,
            ]).project

            let before = try await emulator.counters()
            let result = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            let after = try await emulator.counters()
            let entry = try #require(result.plan.assessments.first)
            #expect(entry.action == .create)
            let hint = try #require(entry.warnings.first { $0.message.hasPrefix("did you rename") })
            #expect(hint.message.hasPrefix("did you rename \"Team backend screen\"? add renamedFrom: [\"Team backend screen\"]"))
            #expect(hint.message.contains(old.assessmentId) && hint.message.contains("3 of 3 questions are alike"))
            #expect(hint.location?.description.hasPrefix("assessments/renamed.yaml:1:") == true)
            #expect(after.count(method: "GET") - before.count(method: "GET") == 1 + 1,
                    "the list, and the one in-scope leftover (not \"Sales pitch\", outside the scope)")
            #expect(result.baseline.isEmpty, "what was read for the hint is not a baseline for apply")
        }
    }
}
