import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI

@Suite("flows: plan and apply against the emulator")
struct FlowApplyTests {
    static let quiz = AssessmentYAML(name: "Support quiz", questions: [.init(text: ApplyUseCaseTests.q1)])
    static let interview = AssessmentYAML(name: "Support interview", questions: [.init(text: ApplyUseCaseTests.q2)])
    static let third = AssessmentYAML(name: "Support final round", questions: [.init(text: ApplyUseCaseTests.q3)])

    /// A flow file: `name` on line 1, `steps:` on line 2, each step on three lines from line 3
    /// (`- assessment:` at column 3, `passThreshold:` at column 5 of the next line, then `name:`).
    static func flow(_ name: String, _ steps: [(String, Double)]) -> String {
        var lines = ["name: \"\(name)\"", "steps:"]
        for (index, (assessment, threshold)) in steps.enumerated() {
            lines += ["  - assessment: \"\(assessment)\"", "    passThreshold: \(FlowPlanner.displayNumber(threshold))",
                      "    name: \"Step \(index + 1)\""]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func project(_ assessments: [AssessmentYAML], flows: [String: String]) -> Project {
        var files = Dictionary(uniqueKeysWithValues: assessments.map(PlanUseCaseTests.file))
        for (path, text) in flows { files["flows/\(path)"] = text }
        return TempProject(files).project
    }

    static func planAndApply(_ project: Project, client: TaptalentClient, request: PlanRequest = PlanRequest())
        async throws -> (PlanResult, ApplyReport)
    {
        let planned = try await PlanUseCase.run(project: project, client: client, request: request)
        #expect(!planned.plan.hasErrors, "\(HumanPlanRenderer.render(planned.plan))")
        let report = try await ApplyUseCase.apply(planned.plan, baseline: planned.baseline, client: client)
        return (planned, report)
    }

    @Test("from an empty account one apply creates two assessments, then the flow chaining them; the next plan is clean")
    func createEverything() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = Self.project([Self.quiz, Self.interview],
                                       flows: ["support.yaml": Self.flow("Support hiring", [("Support quiz", 60), ("Support interview", 75)])])
            #expect(!project.spec.hasErrors, "\(project.spec.diagnostics)")
            let (planned, report) = try await Self.planAndApply(project, client: client)
            #expect(planned.plan.summary.toCreate == 2)
            #expect(planned.plan.summary.flowsToCreate == 1)
            #expect(HumanPlanRenderer.render(planned.plan).contains("+ create flow \"Support hiring\""))
            #expect(report.isSuccess, "\(report.text)")
            #expect(report.finalLine == "Apply complete: 2 created, 0 updated, 0 deactivated; 0 question changes; flows: 1 created, 0 updated.")

            let assessments = Dictionary(uniqueKeysWithValues: try await client.allAssessments().map { ($0.testName, $0.assessmentId) })
            let flows = try await client.allFlows()
            #expect(flows.count == 1)
            let flow = try #require(flows.first)
            #expect(flow.flowName == "Support hiring")
            #expect(flow.steps.map(\.assessmentId.value) == [assessments["Support quiz"], assessments["Support interview"]])
            #expect(flow.steps.map(\.passThreshold) == [60, 75])

            let again = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(!again.plan.hasChanges, "\(HumanPlanRenderer.render(again.plan))")
            #expect(again.plan.flows.map(\.action) == [.noChange])
        }
    }

    @Test("a changed threshold plans as one ~ at its line and applies with one PATCH; an appended step plans as +")
    func thresholdAndAppend() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let assessments = [Self.quiz, Self.interview, Self.third]
            _ = try await Self.planAndApply(
                Self.project(assessments, flows: ["f.yaml": Self.flow("Support hiring", [("Support quiz", 60), ("Support interview", 75)])]),
                client: client)

            let changed = Self.project(assessments, flows: ["f.yaml": Self.flow("Support hiring", [("Support quiz", 60), ("Support interview", 80)])])
            let before = try await emulator.counters()
            let (planned, report) = try await Self.planAndApply(changed, client: client)
            let after = try await emulator.counters()
            let entry = try #require(planned.plan.flows.first)
            #expect(entry.action == .update)
            #expect(entry.stepChanges.map(\.kind) == [.update])
            #expect(entry.stepChanges.first?.location?.description == "flows/f.yaml:7:20")
            let text = HumanPlanRenderer.render(planned.plan)
            #expect(text.contains("~ step [2] \"Support interview\"  passThreshold: 75 → 80"), "\(text)")
            #expect(planned.plan.summary.line.hasSuffix("flows: 0 to create, 1 to update."))
            let markdown = MarkdownRenderer.render(planned.plan)
            #expect(markdown.contains("update flow <b>Support hiring</b> · 1 step change"), "\(markdown)")
            #expect(markdown.contains("| ~ | 2 | Support interview | passThreshold: 75 → 80 |"), "\(markdown)")
            #expect(report.isSuccess, "\(report.text)")
            #expect(after.count("PATCH", WirePath.flow(":flowId")) - before.count("PATCH", WirePath.flow(":flowId")) == 1)
            #expect(try await client.allFlows().first?.steps.map(\.passThreshold) == [60, 80])
            #expect(!(try await PlanUseCase.run(project: changed, client: client, request: PlanRequest())).plan.hasChanges)

            let appended = Self.project(assessments, flows: ["f.yaml": Self.flow(
                "Support hiring", [("Support quiz", 60), ("Support interview", 80), ("Support final round", 90)])])
            let (grown, grownReport) = try await Self.planAndApply(appended, client: client)
            #expect(grown.plan.flows.first?.stepChanges.map(\.kind) == [.create])
            #expect(grownReport.isSuccess)
            #expect(try await client.allFlows().first?.steps.count == 3)
            #expect(!(try await PlanUseCase.run(project: appended, client: client, request: PlanRequest())).plan.hasChanges)
        }
    }

    @Test("removing or reordering a step is refused at plan time at the step's file:line:col, with what to do; nothing is sent")
    func refusedChanges() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let assessments = [Self.quiz, Self.interview, Self.third]
            _ = try await Self.planAndApply(Self.project(assessments, flows: ["f.yaml": Self.flow(
                "Support hiring", [("Support quiz", 60), ("Support interview", 75), ("Support final round", 90)])]), client: client)

            // Step 2 removed: the file's step 2 is now the final round (line 6).
            let removed = Self.project(assessments, flows: ["f.yaml": Self.flow(
                "Support hiring", [("Support quiz", 60), ("Support final round", 90)])])
            let plan = try await PlanUseCase.run(project: removed, client: client, request: PlanRequest()).plan
            #expect(plan.hasErrors)
            let errors = plan.allErrors.map(\.description)
            #expect(errors.first?.hasPrefix("flows/f.yaml:6:5: step 2 is \"Support interview\" in the account and \"Support final round\" in the file") == true, "\(errors)")
            #expect(errors.contains { $0.hasPrefix("flows/f.yaml:2:1: step 3 (\"Support final round\") was removed") }, "\(errors)")
            #expect(errors.allSatisfy { $0.contains("--replace \"Support hiring\"") && $0.contains("new name") })
            let text = HumanPlanRenderer.render(plan)
            #expect(text.contains("x blocked flow \"Support hiring\""), "\(text)")
            #expect(text.contains("flow \"Support hiring\" is blocked by 2 errors"))
            await #expect(throws: TapformError.self) {
                try await ApplyUseCase.apply(plan, baseline: [:], client: client)
            }

            // The last step removed: pointed at `steps:`.
            let shortened = Self.project(assessments, flows: ["f.yaml": Self.flow(
                "Support hiring", [("Support quiz", 60), ("Support interview", 75)])])
            let cut = try await PlanUseCase.run(project: shortened, client: client, request: PlanRequest()).plan
            #expect(cut.allErrors.map(\.description).first?.hasPrefix("flows/f.yaml:2:1: step 3 (\"Support final round\") was removed") == true)

            #expect(try await client.allFlows().first?.steps.count == 3, "nothing was sent")
        }
    }

    @Test("--replace deactivates and renames the old flow, then creates the new one; the next plan is clean")
    func replace() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let assessments = [Self.quiz, Self.interview]
            _ = try await Self.planAndApply(Self.project(assessments, flows: ["f.yaml": Self.flow(
                "Support hiring", [("Support quiz", 60), ("Support interview", 75)])]), client: client)
            let oldId = try #require(try await client.allFlows().first?.id.value)

            let reordered = Self.project(assessments, flows: ["f.yaml": Self.flow(
                "Support hiring", [("Support interview", 75), ("Support quiz", 60)])])
            let (planned, report) = try await Self.planAndApply(
                reordered, client: client, request: PlanRequest(replaceFlows: ["Support hiring"]))
            #expect(planned.plan.flows.first?.action == .create)
            #expect(report.isSuccess, "\(report.text)")
            let flows = try await client.allFlows()
            #expect(flows.count == 2)
            let old = try #require(flows.first { $0.id.value == oldId })
            #expect(old.status == WireStatus.inactive)
            #expect(old.flowName == FlowPlanner.replacedName("Support hiring", id: oldId))
            let new = try #require(flows.first { $0.id.value != oldId })
            #expect(new.flowName == "Support hiring" && new.status == WireStatus.active)
            #expect(!(try await PlanUseCase.run(project: reordered, client: client, request: PlanRequest())).plan.hasChanges)
        }
    }

    @Test("a step naming no assessment (files or account) blocks the plan at its line, with a did-you-mean")
    func unknownAssessment() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = Self.project([Self.quiz], flows: ["f.yaml": Self.flow("Support hiring", [("Suport quiz", 60)])])
            #expect(project.spec.diagnostics.contains {
                $0.code == .unknownAssessment && $0.line == 3 && $0.hint == "did you mean \"Support quiz\"?"
            }, "validate warns, with a did-you-mean")
            let plan = try await PlanUseCase.run(project: project, client: client, request: PlanRequest()).plan
            #expect(plan.allErrors.map(\.description) == [
                "flows/f.yaml:3:5: step 1: no assessment named \"Suport quiz\" in the files or in the account; did you mean \"Support quiz\"?",
            ])

            // An assessment only in the account is found there.
            _ = try await client.createAudioInterview(AssessmentBody(testName: "Remote only screen", hiringForRole: "Engineer"))
            let remote = Self.project([], flows: ["f.yaml": Self.flow("Remote hiring", [("Remote only screen", 50)])])
            let (_, report) = try await Self.planAndApply(remote, client: client)
            #expect(report.isSuccess)
        }
    }

    @Test("a saved plan with a flow applies exactly; one whose flow changed in the account since is refused as stale")
    func savedPlan() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let assessments = [Self.quiz, Self.interview]
            let target = PlanTarget(environment: "local", baseURL: "http://127.0.0.1:1/v1/partner")
            func saved(_ project: Project) async throws -> SavedPlan {
                let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
                let data = SavedPlan(plan: planned.plan, target: target, madeFrom: planned.desiredState).encoded()
                return try SavedPlan.decode(data, name: "plan.json")
            }
            let first = Self.project(assessments, flows: ["f.yaml": Self.flow("Support hiring", [("Support quiz", 60), ("Support interview", 75)])])
            let created = try await ApplyUseCase.applySaved(try await saved(first), files: first, to: target, client: client)
            #expect(created.isSuccess && created.flowOutcomes.map(\.action) == [.create], "\(created.text)")

            let changed = Self.project(assessments, flows: ["f.yaml": Self.flow("Support hiring", [("Support quiz", 65), ("Support interview", 75)])])
            let plan = try await saved(changed)
            let id = try #require(try await client.allFlows().first?.id.value)
            _ = try await client.updateFlow(id: id, FlowBody(description: .value("Edited in the app")))
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(plan, files: changed, to: target, client: client)
            }
            #expect(error?.message.hasPrefix("plan is stale: flow \"Support hiring\"") == true, "\(error?.message ?? "")")
            #expect(try await client.allFlows().first?.steps.first?.passThreshold == 60, "nothing was applied")

            let otherFile = Self.project(assessments, flows: ["f.yaml": Self.flow("Support hiring", [("Support quiz", 70), ("Support interview", 75)])])
            let refused = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(plan, files: otherFile, to: target, client: client)
            }
            #expect(refused?.message.contains("flows/f.yaml changed") == true, "\(refused?.message ?? "")")
        }
    }
}
