import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI

@Suite("plan checks job references against the account's jobs")
struct PlanJobCheckTests {
    static let question = "Tell me about a production incident you owned end to end."

    static func project(_ yamls: [AssessmentYAML]) -> Project {
        TempProject(Dictionary(uniqueKeysWithValues: yamls.map {
            ("assessments/\($0.name.lowercased().replacingOccurrences(of: " ", with: "-")).yaml", $0.text)
        })).project
    }

    @Test("job: \"9999\" blocks its create at the file's job line, by the file's key; one jobs page read")
    func unknownJobOnCreate() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let files = [
                AssessmentYAML(name: "Wrong job", job: "9999", questions: [.init(text: Self.question)]),
                AssessmentYAML(name: "Right job", job: "1001", questions: [.init(text: Self.question)]),
            ]
            let before = try await emulator.counters()
            let result = try await PlanUseCase.run(project: Self.project(files), client: client, request: PlanRequest())
            let after = try await emulator.counters()

            let wrong = try #require(result.plan.assessments.first { $0.name == "Wrong job" })
            #expect(wrong.action == .blocked)
            #expect(wrong.steps.isEmpty)
            let error = try #require(wrong.errors.first)
            // name, role, job: the job is on line 3, its value in column 6.
            #expect(error.description.hasPrefix("assessments/wrong-job.yaml:3:"))
            #expect(error.message.contains("job \"9999\" is not a job of this account"))
            #expect(error.message.contains("1001 (\"Senior Backend Engineer\")"))
            #expect(!error.message.contains("jobId"))
            #expect(result.plan.assessments.first { $0.name == "Right job" }?.action == .create)
            #expect(PlanExitStatus.of(result.plan, detailedExitCode: false, expectNoChanges: false).code == 1)

            #expect(after.count("GET", WirePath.jobs) - before.count("GET", WirePath.jobs) == 1, "one list of jobs for both")
            #expect(after.count(method: "GET") - before.count(method: "GET") == 1 + 1, "the assessments list and the jobs list")
            #expect(after.writes == before.writes)
        }
    }

    @Test("a changed job is checked; an unchanged one, and a plan sending none, read no jobs")
    func updatesAndNoJob() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            try await RemoteSeeder(client: client).create("Screen", questions: [Self.question])

            let changed = [AssessmentYAML(name: "Screen", job: "4242", questions: [.init(text: Self.question)])]
            let blocked = try await PlanUseCase.run(project: Self.project(changed), client: client, request: PlanRequest())
            #expect(blocked.plan.assessments.first?.action == .blocked)
            #expect(blocked.plan.allErrors.first?.description.hasPrefix("assessments/screen.yaml:3:") == true)

            let fixed = [AssessmentYAML(name: "Screen", job: "1002", questions: [.init(text: Self.question)])]
            let planned = try await PlanUseCase.run(project: Self.project(fixed), client: client, request: PlanRequest())
            #expect(planned.plan.assessments.first?.action == .update)
            _ = try await ApplyUseCase.apply(planned.plan, baseline: planned.baseline, client: client)

            let before = try await emulator.counters()
            let clean = try await PlanUseCase.run(project: Self.project(fixed), client: client, request: PlanRequest())
            let noJob = try await PlanUseCase.run(
                project: Self.project([AssessmentYAML(name: "New one", questions: [.init(text: Self.question)])]),
                client: client, request: PlanRequest())
            let after = try await emulator.counters()
            #expect(!clean.plan.hasChanges)
            #expect(noJob.plan.summary.toCreate == 1)
            #expect(after.count("GET", WirePath.jobs) == before.count("GET", WirePath.jobs), "nothing sends a job: no jobs read")
        }
    }
}
