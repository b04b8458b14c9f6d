import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI

/// Identity comes from content (docs/architecture.md), so apply then plan shows no changes, an apply
/// interrupted anywhere converges on re-run, and nothing is ever duplicated. Random scenarios, each
/// reproducible from the seed printed with any failure; one emulator per batch, reset between cases.
@Suite("convergence: apply, then plan shows no changes and nothing is duplicated")
struct ConvergenceTests {
    static let casesPerBatch = 50
    static let faultCasesPerBatch = 25
    static let request = PlanRequest(allowDestructive: true)
    /// One request at a time: the emulator then draws its faults in a fixed order, so a seed replays the
    /// same faults exactly.
    static let serialRequest = PlanRequest(allowDestructive: true, parallelism: 1)
    /// Three attempts and one 429 waited out (not five and a thousand) so that faults do interrupt
    /// applies, which is what the property is about.
    static let faultRetry = RetryPolicy(
        maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2), jitter: 0, maxRetryAfter: .seconds(1),
        maxRateLimitedAnswers: 1)

    @Test("without faults: one apply converges", arguments: [1, 2, 3])
    func withoutFaults(batch: UInt64) async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            var coverage = Coverage()
            for index in 0..<UInt64(Self.casesPerBatch) {
                let seed = batch * 10_000 + index
                try await emulator.reset()
                let scenario = ConvergenceScenario.make(seed: seed)
                guard let project = Self.project(scenario) else { continue }
                try await scenario.populate(client)

                let planned = try await PlanUseCase.run(project: project, client: client, request: Self.request)
                coverage.note(planned.plan)
                let report = try await ApplyUseCase.apply(planned.plan, baseline: planned.baseline, client: client)
                if !report.isSuccess {
                    Issue.record("seed \(seed): apply failed without faults:\n\(report.text)")
                    continue
                }
                await Self.expectConverged(scenario, project: project, client: client, emulator: emulator)
            }
            // The scenarios must exercise what the property is about, or it proves nothing.
            #expect(coverage.creates > 0 && coverage.renames > 0 && coverage.deactivations > 0, "\(coverage)")
            #expect(coverage.questionKinds == [.create, .delete, .update, .move], "\(coverage)")
        }
    }

    @Test("with injected faults: at most three re-runs converge, without duplicates", arguments: [1, 2])
    func withFaults(batch: UInt64) async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client(retry: Self.faultRetry)
            var interrupted = 0
            var recovered = 0
            for index in 0..<UInt64(Self.faultCasesPerBatch) {
                let seed = 900_000 + batch * 10_000 + index
                try await emulator.reset()
                let scenario = ConvergenceScenario.make(seed: seed)
                guard let project = Self.project(scenario) else { continue }
                try await scenario.populate(client)
                try await emulator.controls.setFaults(EmulatorFaults(
                    error500: 0.1, error429: 0.1, retryAfterSeconds: 0, latencyMs: 1, dropAfterWrite: 0.1, seed: seed))

                var converged = false
                var log: [String] = []
                var lastApplySucceeded = false
                for run in 1...4 where !converged {
                    do {
                        let planned = try await PlanUseCase.run(project: project, client: client, request: Self.serialRequest)
                        if !planned.plan.hasChanges && !planned.plan.hasErrors {
                            converged = true
                            break
                        }
                        if lastApplySucceeded {
                            // An apply that reports success has made exactly the plan, lost answers included.
                            Issue.record("seed \(seed): apply reported success but left changes:\n\(HumanPlanRenderer.render(planned.plan))")
                        }
                        let report = try await ApplyUseCase.apply(
                            planned.plan, baseline: planned.baseline, client: client, options: ApplyOptions(parallelism: 1))
                        log.append("run \(run): \(report.finalLine)")
                        lastApplySucceeded = report.isSuccess
                        if !report.isSuccess { interrupted += 1 }
                        recovered += report.outcomes.count(where: \.recovered)
                    } catch {
                        log.append("run \(run): \(error)")
                        lastApplySucceeded = false
                        interrupted += 1
                    }
                }
                if !converged {
                    // The fourth apply may have finished the job: check once more, faults still on.
                    if let last = try? await PlanUseCase.run(project: project, client: client, request: Self.serialRequest) {
                        converged = !last.plan.hasChanges
                    }
                }
                try await emulator.controls.setFaults(EmulatorFaults())
                if !converged {
                    let runs = log.joined(separator: "\n")
                    Issue.record("seed \(seed): no convergence after an apply and three re-runs:\n\(runs)")
                }
                await Self.expectConverged(scenario, project: project, client: client, emulator: emulator)
            }
            #expect(interrupted > 0, "the faults must interrupt some applies, or this proves nothing")
            #expect(recovered > 0, "some creates must have been recovered after a lost answer")
        }
    }

    /// What the plans of a batch contained.
    struct Coverage: CustomStringConvertible {
        var creates = 0
        var renames = 0
        var deactivations = 0
        var questionKinds: Set<QuestionChange.Kind> = []

        mutating func note(_ plan: Plan) {
            creates += plan.summary.toCreate
            deactivations += plan.summary.toDeactivate
            renames += plan.assessments.count { $0.renamedFrom != nil }
            for entry in plan.assessments where entry.action != .create {
                questionKinds.formUnion(entry.questionChanges.map(\.kind))
            }
        }

        var description: String {
            "creates \(creates), renames \(renames), deactivations \(deactivations), question changes \(questionKinds)"
        }
    }

    static func project(_ scenario: ConvergenceScenario) -> Project? {
        let project = TempProject(scenario.projectFiles).project
        if project.spec.hasErrors {
            Issue.record("seed \(scenario.seed): the generated files do not validate: \(project.spec.diagnostics)")
            return nil
        }
        return project
    }

    /// Plan shows no changes; names are unique; every file's assessment holds exactly its questions.
    static func expectConverged(
        _ scenario: ConvergenceScenario, project: Project, client: TaptalentClient, emulator: TestEmulator
    ) async {
        let seed = scenario.seed
        do {
            let plan = try await PlanUseCase.run(project: project, client: client, request: request).plan
            if plan.hasChanges || plan.hasErrors {
                Issue.record("seed \(seed): plan after apply is not clean:\n\(HumanPlanRenderer.render(plan))")
            }
            let all = try await client.allAssessments()
            let names = all.map { TextNormalizer.normalize($0.testName) }
            if Set(names).count != names.count {
                Issue.record("seed \(seed): duplicate assessments: \(names.sorted())")
            }
            let counters = try await emulator.counters()
            let expectedCreates = scenario.remote.count + scenario.files.count {
                file in !scenario.remote.contains { $0.name == file.name || file.renamedFrom.contains($0.name) }
            }
            if counters.assessmentsCreated != expectedCreates {
                Issue.record("seed \(seed): \(counters.assessmentsCreated) assessments created, expected \(expectedCreates)")
            }
            for file in scenario.files {
                guard let summary = all.first(where: { $0.testName == file.name }) else {
                    Issue.record("seed \(seed): \"\(file.name)\" is missing")
                    continue
                }
                let remote = try await client.assessment(id: summary.assessmentId)
                let texts = (remote.questions ?? []).sorted { ($0.order ?? 0) < ($1.order ?? 0) }.map(\.question)
                let wanted = (file.questions ?? []).map(\.text)
                if texts != wanted {
                    Issue.record("seed \(seed): \"\(file.name)\" holds \(texts.count) questions \(texts), expected \(wanted.count) \(wanted)")
                }
            }
        } catch {
            Issue.record("seed \(seed): checking convergence failed: \(error)")
        }
    }
}
