import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI

@Suite("apply use case against the emulator")
struct ApplyUseCaseTests {
    static let q1 = "Tell me about a production incident you owned end to end."
    static let q2 = "How do you decide what to test first in a new codebase?"
    static let q3 = "Describe a design decision you would make differently today."

    static func project(_ yamls: [AssessmentYAML]) -> Project {
        PlanUseCaseTests.project(yamls)
    }

    /// Collects progress lines from concurrent tasks.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    @Test("creates and updates with one request per step, progress lines and the final line; then no changes")
    func createAndUpdate() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            try await RemoteSeeder(client: client).create("Beta screen", questions: [Self.q1])
            let project = Self.project([
                AssessmentYAML(name: "Alpha screen", questions: [.init(text: Self.q1), .init(text: Self.q2)]),
                AssessmentYAML(name: "Beta screen", questions: [.init(text: Self.q1), .init(text: Self.q2), .init(text: Self.q3)]),
            ])
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            let steps = planned.plan.assessments.reduce(0) { $0 + $1.steps.count }
            #expect(steps == 3)

            let lines = Lines()
            let before = try await emulator.counters()
            let report = try await ApplyUseCase.apply(
                planned.plan, baseline: planned.baseline, client: client,
                options: ApplyOptions(parallelism: 2, progress: { lines.append($0) }))
            let after = try await emulator.counters()

            #expect(report.isSuccess)
            // One request per step; a create adds one list read before and one after (CreationRace), and
            // appended questions one read of their assessment (QuestionRace).
            #expect(after.count(method: "GET") - before.count(method: "GET") == 3, "the list before and after the create, Beta once")
            #expect(after.writes - before.writes == steps, "one request per step")
            #expect(lines.all.contains { $0.hasPrefix("+ created \"Alpha screen\" (") })
            #expect(lines.all.contains("~ updated \"Beta screen\": 2 steps"))
            #expect(report.finalLine == "Apply complete: 1 created, 1 updated, 0 deactivated; 2 question changes.")

            let again = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(!again.plan.hasChanges, "\(HumanPlanRenderer.render(again.plan))")
        }
    }

    @Test("a failed step stops its assessment, the others go on, and the API's field message points at the file")
    func failureReport() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            // name on line 1, role on line 2, job on line 3: the emulator has no job 9999.
            let bad = AssessmentYAML(name: "Bad job screen", job: "9999", questions: [.init(text: Self.q1)])
            let good = AssessmentYAML(name: "Good screen", questions: [.init(text: Self.q2)])
            // `plan` refuses job 9999 itself (PlanJobCheckTests); this plan is made without that check, as if
            // the job had gone between plan and apply, to see the API's refusal mapped back to the file.
            let project = Self.project([bad, good])
            let summaries = try await client.allAssessments().map(RemoteAssessmentSummary.init)
            let plan = Planner.plan(
                IdentityResolver.resolve(desired: project.spec.assessments.map(DesiredAssessment.init), remote: summaries),
                fetched: [:])
            #expect(!plan.hasErrors)
            let report = try await ApplyUseCase.apply(plan, baseline: [:], client: client)

            #expect(!report.isSuccess)
            #expect(report.created == 1)
            #expect(report.failures.map(\.name) == ["Bad job screen"])
            let line = try #require(report.failureLines.first)
            #expect(line.hasPrefix("assessments/bad-job-screen.yaml:3:"), "\(line)")
            #expect(line.contains("\"job\" must reference an existing job"), "\(line)")
            #expect(!line.contains("jobId"), "the file's key, never the wire name: \(line)")
            #expect(report.finalLine.hasPrefix("Apply incomplete: 1 of 2 assessments failed"))
            #expect(report.text.contains("Failures:\n  assessments/bad-job-screen.yaml:3:"))
            let names = try await client.allAssessments().map(\.testName)
            #expect(names == ["Good screen"])
        }
    }

    @Test("a plan with errors is never applied")
    func blockedPlanIsNotApplied() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            try await RemoteSeeder(client: client).create("Old screen", questions: [Self.q1])
            let project = Self.project([
                AssessmentYAML(name: "Old screen", status: "inactive", questions: [.init(text: Self.q1)]),
                AssessmentYAML(name: "New screen", questions: [.init(text: Self.q2)]),
            ])
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(planned.plan.hasErrors)
            let before = try await emulator.counters()
            await #expect(throws: TapformError.self) {
                try await ApplyUseCase.apply(planned.plan, baseline: planned.baseline, client: client)
            }
            let saved = SavedPlan(plan: planned.plan, target: PlanTarget(environment: "local", baseURL: ""),
                                  madeFrom: planned.desiredState)
            await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(saved, files: project, to: saved.target, client: client)
            }
            #expect(try await emulator.counters().totalRequests == before.totalRequests)
        }
    }

    @Test("a saved plan is refused as stale when an object it read changed, naming it; unchanged it applies")
    func stalePlan() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let beta = try await RemoteSeeder(client: client).create("Beta screen", questions: [Self.q1])
            let project = Self.project([
                AssessmentYAML(name: "Beta screen", durationMinutes: 40, questions: [.init(text: Self.q1)]),
            ])
            let target = PlanTarget(environment: "local", baseURL: emulator.baseURL.absoluteString)
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            let saved = try SavedPlan.decode(SavedPlan(plan: planned.plan, target: target, madeFrom: planned.desiredState).encoded(), name: "plan.json")

            _ = try await client.updateQuestion(
                assessmentId: beta.assessmentId, questionId: beta.questions![0].questionId, QuestionBody(timeLimit: 200))
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(saved, files: project, to: target, client: client)
            }
            #expect(error?.message.hasPrefix("plan is stale") == true)
            #expect(error?.message.contains("\"Beta screen\"") == true)
            #expect(try await client.assessment(id: beta.assessmentId).duration == 20, "nothing applied")

            let fresh = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            let freshSaved = SavedPlan(plan: fresh.plan, target: target, madeFrom: fresh.desiredState)
            let before = try await emulator.counters()
            let report = try await ApplyUseCase.applySaved(freshSaved, files: project, to: target, client: client)
            let after = try await emulator.counters()
            #expect(report.isSuccess)
            #expect(report.updated == 1)
            #expect(after.count(method: "GET") - before.count(method: "GET") == 2, "the list and one GET for the stale check")
            #expect(after.writes - before.writes == fresh.plan.assessments.reduce(0) { $0 + $1.steps.count })
            #expect(try await client.assessment(id: beta.assessmentId).duration == 40)
        }
    }

    @Test("a saved plan is stale when an assessment it planned no change for changed too")
    func stalePlanUnchangedEntry() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let quiet = try await RemoteSeeder(client: client).create("Quiet screen", questions: [Self.q1])
            let project = Self.project([
                AssessmentYAML(name: "Quiet screen", questions: [.init(text: Self.q1)]),
                AssessmentYAML(name: "Gamma screen", questions: [.init(text: Self.q2)]),
            ])
            let target = PlanTarget(environment: "local", baseURL: emulator.baseURL.absoluteString)
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(planned.plan.assessments.first { $0.name == "Quiet screen" }?.action == .noChange)
            _ = try await client.updateAssessment(id: quiet.assessmentId, AssessmentBody(duration: 50))
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(
                    SavedPlan(plan: planned.plan, target: target, madeFrom: planned.desiredState), files: project,
                    to: target, client: client)
            }
            #expect(error?.message.contains("\"Quiet screen\"") == true)
            #expect(try await emulator.counters().assessmentsCreated == 1, "Gamma screen was not created")
        }
    }

    @Test("a saved plan that would create is stale once an assessment of that name appears")
    func stalePlanAfterCreateElsewhere() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = Self.project([AssessmentYAML(name: "Gamma screen", questions: [.init(text: Self.q1)])])
            let target = PlanTarget(environment: "local", baseURL: emulator.baseURL.absoluteString)
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            try await RemoteSeeder(client: client).create("Gamma screen", questions: [Self.q2])
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(
                    SavedPlan(plan: planned.plan, target: target, madeFrom: planned.desiredState), files: project,
                    to: target, client: client)
            }
            #expect(error?.message.contains("\"Gamma screen\"") == true, "\(error?.message ?? "")")
            #expect(try await emulator.counters().assessmentsCreated == 1)
        }
    }

    @Test("a saved plan made for another environment is refused before any request")
    func otherEnvironment() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let planned = try await PlanUseCase.run(
                project: Self.project([AssessmentYAML(name: "Gamma screen", questions: [.init(text: Self.q1)])]),
                client: client, request: PlanRequest())
            let saved = SavedPlan(plan: planned.plan, target: PlanTarget(environment: "production", baseURL: "https://p.example/v1/partner"),
                                  madeFrom: planned.desiredState)
            let before = try await emulator.counters()
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(
                    saved, files: TempProject().project, to: PlanTarget(environment: "sandbox", baseURL: "https://s.example/v1/partner"), client: client)
            }
            #expect(error?.message.contains("production") == true)
            #expect(try await emulator.counters().totalRequests == before.totalRequests)
        }
    }

    @Test("a create whose answer is lost is found by name and adopted, never made twice")
    func lostCreateAnswer() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = Self.project([
                AssessmentYAML(name: "Delta screen", questions: [.init(text: Self.q1), .init(text: Self.q2)]),
                AssessmentYAML(name: "Generated screen", job: "1003", questions: nil, generateCount: 3),
            ])
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            try await emulator.controls.setFaults(EmulatorFaults(dropAfterWrite: 1, seed: 7))
            let lines = Lines()
            let report = try await ApplyUseCase.apply(
                planned.plan, baseline: planned.baseline, client: client, options: ApplyOptions(progress: { lines.append($0) }))
            try await emulator.controls.setFaults(EmulatorFaults())

            #expect(report.isSuccess, "\(report.text)")
            #expect(report.outcomes.allSatisfy { $0.recovered })
            #expect(lines.all.count == 2)
            #expect(lines.all.allSatisfy { $0.contains("found after its answer was lost") })
            let counters = try await emulator.counters()
            #expect(counters.assessmentsCreated == 2)
            #expect(counters.count("POST", WirePath.createAudioInterview) == 1, "not sent again once found")
            #expect(counters.count("POST", WirePath.autoGenerate) == 1, "not sent again once found")
            let again = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(!again.plan.hasChanges)
        }
    }

    @Test("a question add whose answer is lost is checked by content and not added twice")
    func lostAddAnswer() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let beta = try await RemoteSeeder(client: client).create("Beta screen", questions: [Self.q2])
            let project = Self.project([
                AssessmentYAML(name: "Beta screen", questions: [.init(text: Self.q1), .init(text: Self.q2), .init(text: Self.q3)]),
            ])
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(planned.plan.assessments.first?.steps.count == 2)
            try await emulator.controls.setFaults(EmulatorFaults(dropAfterWrite: 1, seed: 7))
            let report = try await ApplyUseCase.apply(planned.plan, baseline: planned.baseline, client: client)
            try await emulator.controls.setFaults(EmulatorFaults())

            #expect(report.isSuccess, "\(report.text)")
            let questions = try await client.assessment(id: beta.assessmentId).questions ?? []
            #expect(questions.map(\.question) == [Self.q1, Self.q2, Self.q3])
            #expect(try await emulator.counters().count("POST", WirePath.questions(":assessmentId")) == 2)
        }
    }
}
