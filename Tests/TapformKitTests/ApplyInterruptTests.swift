import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("apply: a stop request (SIGINT, SIGTERM) during a run")
struct ApplyInterruptTests {
    static let questions = [ApplyUseCaseTests.q1, ApplyUseCaseTests.q2, ApplyUseCaseTests.q3]

    @Test("no assessment starts after a stop request; the report says done and not started; a re-run converges")
    func betweenAssessments() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = ApplyUseCaseTests.project(["Alpha screen", "Beta screen", "Gamma screen"].map {
                AssessmentYAML(name: $0, questions: [.init(text: ApplyUseCaseTests.q1)])
            })
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            let interruption = RunInterruption()
            let lines = ApplyUseCaseTests.Lines()
            // Deterministic: the stop is requested as the first assessment finishes.
            let report = try await ApplyUseCase.apply(
                planned.plan, baseline: planned.baseline, client: client,
                options: ApplyOptions(parallelism: 1, progress: { line in
                    lines.append(line)
                    interruption.request(.interrupt)
                }, interruption: interruption))

            #expect(!report.isSuccess)
            #expect(report.interrupted.count == 2)
            #expect(report.interrupted.allSatisfy { $0.stepsDone == 0 })
            #expect(try await emulator.counters().assessmentsCreated == 1)
            #expect(report.finalLine.hasPrefix("Apply interrupted: 1 done, 0 partial, 2 not started of 3 assessments."))
            #expect(lines.all.filter { $0.hasSuffix("not started (interrupted)") }.count == 2)

            let again = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(again.plan.assessments.filter(\.hasChanges).count == 2)
            let finished = try await ApplyUseCase.apply(again.plan, baseline: again.baseline, client: client)
            #expect(finished.isSuccess)
            let clean = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            #expect(!clean.plan.hasChanges, "\(HumanPlanRenderer.render(clean.plan))")
            #expect(try await emulator.counters().assessmentsCreated == 3)
        }
    }

    @Test("a stop request during an assessment's steps ends it after the running step: partial, and a re-run converges")
    func betweenSteps() async throws {
        try await TestEmulator.with { emulator in
            let seeding = try emulator.client()
            try await RemoteSeeder(client: seeding).create("Delta screen", role: "Engineer", questions: [ApplyUseCaseTests.q1])
            let interruption = RunInterruption()
            // The stop is requested as the first write goes out: that step finishes, no other starts.
            let client = try TaptalentClient(
                configuration: TaptalentConfiguration(baseURL: emulator.baseURL, apiKey: APIKey(emulator.apiKey), retry: .none),
                transport: StopOnFirstWrite(interruption: interruption))
            let project = ApplyUseCaseTests.project([AssessmentYAML(
                name: "Delta screen", role: "Staff engineer", questions: Self.questions.map { .init(text: $0) })])
            let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            let steps = try #require(planned.plan.assessments.first?.steps.count)
            #expect(steps >= 3)

            let report = try await ApplyUseCase.apply(
                planned.plan, baseline: planned.baseline, client: client, options: ApplyOptions(interruption: interruption))
            let outcome = try #require(report.outcomes.first)
            #expect(outcome.isInterrupted)
            #expect(outcome.stepsDone == 1)
            #expect(outcome.progressLine == "! \"Delta screen\" stopped after 1 of \(steps) steps (interrupted)")
            #expect(report.finalLine.hasPrefix("Apply interrupted: 0 done, 1 partial, 0 not started of 1 assessment; "
                + "partial: \"Delta screen\" (1 of \(steps) steps)."))

            let writer = try emulator.client()
            let again = try await PlanUseCase.run(project: project, client: writer, request: PlanRequest())
            #expect(again.plan.assessments.first?.steps.count == steps - 1, "the step that ran is not planned again")
            #expect(try await ApplyUseCase.apply(again.plan, baseline: again.baseline, client: writer).isSuccess)
            let clean = try await PlanUseCase.run(project: project, client: writer, request: PlanRequest())
            #expect(!clean.plan.hasChanges, "\(HumanPlanRenderer.render(clean.plan))")
        }
    }
}

/// Sends through URLSession, and requests a stop as the first request that is not a GET goes out.
struct StopOnFirstWrite: HTTPTransport {
    let interruption: RunInterruption
    let inner = URLSessionTransport()

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        if request.httpMethod != "GET" { interruption.request(.interrupt) }
        return try await inner.send(request)
    }
}
