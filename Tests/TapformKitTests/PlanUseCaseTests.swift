import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

@Suite("plan use case against the emulator")
struct PlanUseCaseTests {
    static let question1 = "Tell me about a production incident you owned end to end."
    static let question2 = "How do you decide what to test first in a new codebase?"

    static func file(_ yaml: AssessmentYAML) -> (String, String) {
        ("assessments/\(yaml.name.lowercased().replacingOccurrences(of: " ", with: "-")).yaml", yaml.text)
    }

    static func project(_ yamls: [AssessmentYAML], config: String? = nil) -> Project {
        var files = Dictionary(uniqueKeysWithValues: yamls.map(file))
        if let config { files["tapform.yaml"] = config }
        return TempProject(files).project
    }

    @Test("requests are the minimum: 250 remote, 30 matched = 3 list pages + 30 GETs, and nothing written")
    func minimumRequests() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let names = (1...250).map { String(format: "Remote assessment %03d", $0) }
            _ = try await RemoteSeeder(client: client).createMany(names)
            let matched = names.enumerated().filter { $0.offset % 8 == 0 }.prefix(30).map(\.element)
            #expect(matched.count == 30)
            let files = matched.map { AssessmentYAML(name: $0, questions: [.init(text: Self.question1)]) }
                + [AssessmentYAML(name: "Brand new one", questions: [.init(text: Self.question2)])]

            let before = try await emulator.counters()
            let result = try await PlanUseCase.run(
                project: Self.project(files), client: client, request: PlanRequest(parallelism: 4))
            let after = try await emulator.counters()

            #expect(after.count("GET", WirePath.assessments) - before.count("GET", WirePath.assessments) == 3)
            #expect(after.count(method: "GET") - before.count(method: "GET") == 3 + 30)
            #expect(after.writes == before.writes, "plan must not write")
            #expect(result.plan.summary.toCreate == 1)
            #expect(result.plan.summary.toUpdate == 30)
            #expect(result.plan.unmanaged.count == 220)
            #expect(result.baseline.count == 30)
        }
    }

    @Test("plan sends no write even given a writing client")
    func planIsReadOnly() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            try await RemoteSeeder(client: client).create("Changed one", questions: [Self.question1])
            let files = [
                AssessmentYAML(name: "Changed one", durationMinutes: 45, questions: [.init(text: Self.question2)]),
                AssessmentYAML(name: "Created one", questions: [.init(text: Self.question1)]),
            ]
            let before = try await emulator.counters()
            let result = try await PlanUseCase.run(project: Self.project(files), client: client, request: PlanRequest())
            let after = try await emulator.counters()
            #expect(result.plan.hasChanges)
            #expect(after.writes == before.writes)
            #expect(after.assessmentsCreated == before.assessmentsCreated)
        }
    }

    @Test("--only/--exclude keep the selected files; assessments of filtered-out files are not unmanaged")
    func targeting() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let seeder = RemoteSeeder(client: client)
            for name in ["Alpha screen", "Beta screen", "Gamma screen", "Delta (by hand)"] {
                try await seeder.create(name, questions: [Self.question1])
            }
            let files = ["Alpha screen", "Beta screen", "Gamma screen"].map {
                AssessmentYAML(name: $0, durationMinutes: 30, questions: [.init(text: Self.question1)])
            }
            let project = Self.project(files)

            let before = try await emulator.counters()
            let only = try await PlanUseCase.run(
                project: project, client: client, request: PlanRequest(filter: AssessmentFilter(only: ["Alpha*"])))
            let after = try await emulator.counters()
            #expect(only.plan.assessments.map(\.name) == ["Alpha screen"])
            #expect(only.plan.unmanaged.map(\.name) == ["Delta (by hand)"])
            #expect(after.count(method: "GET") - before.count(method: "GET") == 1 + 1, "one list page, one GET")

            let exclude = try await PlanUseCase.run(
                project: project, client: client, request: PlanRequest(filter: AssessmentFilter(exclude: ["Beta*"])))
            #expect(exclude.plan.assessments.map(\.name).sorted() == ["Alpha screen", "Gamma screen"])
            #expect(exclude.plan.unmanaged.map(\.name) == ["Delta (by hand)"])

            let typo = try await PlanUseCase.run(
                project: project, client: client, request: PlanRequest(filter: AssessmentFilter(only: ["Alpah*"])))
            #expect(typo.plan.assessments.isEmpty)
            #expect(typo.unmatchedOnlyPatterns == ["Alpah*"])
        }
    }

    @Test("--prune without manage: in tapform.yaml is an error saying to add it")
    func pruneNeedsManage() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = Self.project([AssessmentYAML(name: "Alpha screen", questions: [.init(text: Self.question1)])])
            let error = await #expect(throws: TapformError.self) {
                try await PlanUseCase.run(project: project, client: client, request: PlanRequest(prune: true))
            }
            #expect(error?.message.contains("manage:") == true)
            #expect(try await emulator.counters().totalRequests == 0, "refused before any request")
        }
    }

    @Test("--prune deactivates undeclared assessments inside manage: only, and only with --allow-destructive")
    func prune() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let seeder = RemoteSeeder(client: client)
            for name in ["Team alpha", "Team retired", "Other thing"] {
                try await seeder.create(name, questions: [Self.question1])
            }
            let project = Self.project(
                [AssessmentYAML(name: "Team alpha", questions: [.init(text: Self.question1)])],
                config: "version: 1\nmanage: [\"Team *\"]\n")

            let guarded = try await PlanUseCase.run(project: project, client: client, request: PlanRequest(prune: true))
            let blocked = try #require(guarded.plan.assessments.first { $0.name == "Team retired" })
            #expect(blocked.action == .blocked)
            #expect(blocked.errors.first?.message.contains("--allow-destructive") == true)
            #expect(PlanExitStatus.of(guarded.plan, detailedExitCode: false, expectNoChanges: false).code == 1)

            let allowed = try await PlanUseCase.run(
                project: project, client: client, request: PlanRequest(prune: true, allowDestructive: true))
            #expect(allowed.plan.assessments.first { $0.name == "Team retired" }?.action == .deactivate)
            #expect(allowed.plan.assessments.contains { $0.name == "Other thing" } == false)
            #expect(allowed.plan.unmanaged.map(\.name) == ["Other thing"])

            let report = try await ApplyUseCase.apply(allowed.plan, baseline: allowed.baseline, client: client)
            #expect(report.deactivated == 1)
            let after = try await client.allAssessments()
            #expect(after.first { $0.testName == "Team retired" }?.status == WireStatus.inactive)
            #expect(after.first { $0.testName == "Other thing" }?.status == WireStatus.active)

            let again = try await PlanUseCase.run(project: project, client: client, request: PlanRequest(prune: true))
            #expect(!again.plan.hasChanges, "an inactive assessment is not pruned again")
        }
    }

    @Test("deactivating from a file needs --allow-destructive; protect: true refuses it always")
    func deactivationGuard() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            try await RemoteSeeder(client: client).create("Old screen", questions: [Self.question1])
            var yaml = AssessmentYAML(name: "Old screen", status: "inactive", questions: [.init(text: Self.question1)])

            let guarded = try await PlanUseCase.run(project: Self.project([yaml]), client: client, request: PlanRequest())
            #expect(guarded.plan.assessments.first?.action == .blocked)
            #expect(guarded.plan.hasErrors)

            let allowed = try await PlanUseCase.run(
                project: Self.project([yaml]), client: client, request: PlanRequest(allowDestructive: true))
            #expect(allowed.plan.assessments.first?.action == .deactivate)

            yaml.protect = true
            let protected = try await PlanUseCase.run(
                project: Self.project([yaml]), client: client, request: PlanRequest(allowDestructive: true))
            #expect(protected.plan.assessments.first?.action == .blocked)
            #expect(protected.plan.allErrors.first?.message.contains("protect") == true)
        }
    }

    @Test("deleting questions of an assessment with submissions needs --allow-destructive; protect refuses always")
    func deletionGuard() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let remote = try await RemoteSeeder(client: client).create("Live screen", questions: [Self.question1, Self.question2])
            try await emulator.controls.complete(assessmentId: remote.assessmentId, EmulatorCompletionBody(
                email: "sam@example.com", firstName: "Sam", lastName: "Lee", score: 80, cefrLevel: nil))
            var yaml = AssessmentYAML(name: "Live screen", questions: [.init(text: Self.question1)])

            let guarded = try await PlanUseCase.run(project: Self.project([yaml]), client: client, request: PlanRequest())
            #expect(guarded.plan.assessments.first?.action == .blocked)
            #expect(guarded.plan.allErrors.first?.message.contains("--allow-destructive") == true)

            let allowed = try await PlanUseCase.run(
                project: Self.project([yaml]), client: client, request: PlanRequest(allowDestructive: true))
            #expect(allowed.plan.assessments.first?.action == .update)

            yaml.protect = true
            let protected = try await PlanUseCase.run(
                project: Self.project([yaml]), client: client, request: PlanRequest(allowDestructive: true))
            #expect(protected.plan.assessments.first?.action == .blocked)
        }
    }

    @Test("files that do not validate stop the plan before any request")
    func invalidFiles() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = TempProject(["assessments/bad.yaml": "name: Bad one\nrole: Tester\ndurationMinute: 30\n"]).project
            let error = await #expect(throws: InvalidFilesError.self) {
                try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
            }
            #expect(error.map { "\($0)" }?.contains("assessments/bad.yaml:3:1") == true)
            #expect(error?.diagnostics.map(\.line) == [3], "the diagnostics themselves, for the JSON error report")
            #expect(try await emulator.counters().totalRequests == 0)
        }
    }
}
