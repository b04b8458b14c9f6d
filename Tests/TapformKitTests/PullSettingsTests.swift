import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

@Suite("pull brings settings changed in the account back into the file")
struct PullSettingsTests {
    static let question = "Walk me through designing a rate limiter for a Go API."

    static let file = """
        # Screen for backend engineers — owned by the platform team.
        name: Settings Screen   # the identity
        role: 'Backend Engineer'
        durationMinutes: 25   # agreed with the hiring manager

        skills:
          # keep these short
          - Go
          - SQL
        job: "1001"      # Berlin
        emailVerification: false # no friction
        questions:
          - text: \(question)   # the opener
        # trailing comment
        """

    @Test("only the changed keys change (number, bool, string, list, job); every other byte stays; plan is clean")
    func everySettingKind() async throws {
        let folder = try SeedingKit.Folder(["assessments/settings.yaml": Self.file])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let created = try await SeedingKit.create(
                emulator.client, name: "Settings Screen", questions: [SeedingKit.question(Self.question)],
                duration: 25, skills: ["Go", "SQL"], jobId: "1001", emailVerification: false)
            // Changed in the dashboard.
            _ = try await emulator.client.updateAssessment(id: created.assessmentId, AssessmentBody(
                jobId: .value("1002"), hiringForRole: "Senior Backend Engineer", duration: 35,
                aiLanguage: "german", skills: ["Go", "SQL", "Kafka"], isEmailVerificationRequired: true))
            let before = try await SeedingKit.plan(folder.root, client: emulator.client)
            #expect(before.assessments.first?.fieldDiffs.count == 6)

            let report = try await PullUseCase.run(
                project: folder.project, names: ["Settings Screen"], client: emulator.client, environment: "test")

            let expected = """
                # Screen for backend engineers — owned by the platform team.
                name: Settings Screen   # the identity
                role: 'Senior Backend Engineer'
                durationMinutes: 35   # agreed with the hiring manager
                language: german

                skills:
                  # keep these short
                  - Go
                  - SQL
                  - Kafka
                job: "1002"      # Berlin
                emailVerification: true # no friction
                questions:
                  - text: \(Self.question)   # the opener
                # trailing comment
                """
            #expect(try folder.read("assessments/settings.yaml") == expected)
            let file = try #require(report.files.first)
            #expect(file.action == .unchanged, "the questions were the same: their block is not touched")
            #expect(file.settingChanges == [
                "role: \"Backend Engineer\" → \"Senior Backend Engineer\"", "durationMinutes: 25 → 35",
                "language: \"english\" → \"german\"", "skills: [Go, SQL] → [Go, SQL, Kafka]",
                "job: \"1001\" → \"1002\"", "emailVerification: false → true",
            ])
            #expect(file.summary.hasPrefix("assessments/settings.yaml: wrote 6 settings of \"Settings Screen\""))

            let after = try await SeedingKit.plan(folder.root, client: emulator.client)
            #expect(!after.hasChanges)
            #expect(after.assessments.first?.fieldDiffs.isEmpty == true)
            let requests = try await emulator.requests()
            #expect(requests.keys.allSatisfy { $0.hasPrefix("GET ") || $0.hasPrefix("POST /assessment") || $0.hasPrefix("PUT /assessment") })
        }
    }

    @Test("a removed job and purpose leave the file; status and a pinned id's name are taken")
    func clearedAndStatus() async throws {
        try await SeedingKit.withEmulator { emulator in
            let created = try await SeedingKit.create(
                emulator.client, name: "Pinned Screen", purpose: "Depth.", jobId: "1003")
            let text = "name: Pinned Screen\nid: \"\(created.assessmentId)\"\nrole: Backend Engineer\n"
                + "purpose: Depth.   # why\njob: \"1003\"\nquestions: []\n"
            let folder = try SeedingKit.Folder(["assessments/pinned.yaml": text])
            defer { folder.remove() }
            _ = try await emulator.client.updateAssessment(id: created.assessmentId, AssessmentBody(
                testName: "Pinned Screen (2025)", jobId: .null, status: WireStatus.inactive, purposeOfInterview: .null))

            _ = try await PullUseCase.run(
                project: folder.project, names: ["Pinned Screen"], client: emulator.client, environment: "test")
            #expect(try folder.read("assessments/pinned.yaml")
                == "name: Pinned Screen (2025)\nid: \"\(created.assessmentId)\"\nrole: Backend Engineer\nstatus: inactive\nquestions: []\n")
            #expect(!(try await SeedingKit.plan(folder.root, client: emulator.client)).hasChanges)
        }
    }

    @Test("a changed setting from a template or from vars is refused, naming it, and nothing is written")
    func templateAndVars() async throws {
        let files = [
            "templates/long.yaml": "durationMinutes: 45\n",
            "assessments/inherits.yaml": "name: Inherits Screen\nrole: Backend Engineer\nextends: long\nquestions: []\n",
            "assessments/vars.yaml": "name: Vars Screen\nrole: ${level} Engineer\nvars: { level: Backend }\nquestions: []\n",
            "assessments/plain.yaml": "name: Plain Screen\nrole: Backend Engineer\nquestions: []\n",
        ]
        let folder = try SeedingKit.Folder(files)
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Inherits Screen", duration: 30)
            try await SeedingKit.create(emulator.client, name: "Vars Screen", role: "Frontend Engineer")
            try await SeedingKit.create(emulator.client, name: "Plain Screen", duration: 50)

            let template = await #expect(throws: TapformError.self) {
                try await PullUseCase.run(
                    project: folder.project, names: ["Plain Screen", "Inherits Screen"], client: emulator.client, environment: "t")
            }
            #expect(template?.message.contains("`durationMinutes` of \"Inherits Screen\" comes from the template templates/long.yaml") == true)
            #expect(template?.message.contains("Nothing was written") == true)
            let vars = await #expect(throws: TapformError.self) {
                try await PullUseCase.run(project: folder.project, names: ["Vars Screen"], client: emulator.client, environment: "t")
            }
            #expect(vars?.message.contains("assessments/vars.yaml: line 2: `role` is written with ${...} variables") == true)
            for (path, text) in files { #expect(try folder.read(path) == text, "\(path) is untouched") }

            _ = try await PullUseCase.run(project: folder.project, names: ["Plain Screen"], client: emulator.client, environment: "t")
            #expect(try folder.read("assessments/plain.yaml") == "name: Plain Screen\nrole: Backend Engineer\ndurationMinutes: 50\nquestions: []\n")
        }
    }
}
