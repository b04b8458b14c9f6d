import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

@Suite("pull")
struct PullTests {
    static let commentedFile = """
        # yaml-language-server: $schema=../schema.json
        # Screen for backend engineers — owned by the platform team.

        version: 1

        name: Pull Screen   # the identity
        # role comes next
        role: Backend Engineer

        durationMinutes: 30   # longer than the default
        questions:
          # written by hand, before the account changed
          - text: An old question that the account no longer has.
            timeLimitSeconds: 90   # trailing comment
          - text: "Another old one: with a colon"

        # --- settings after the questions ---
        skills: [Go, SQL]     # inline list

        language: english
        # final comment, no newline at the end
        """

    static let remoteQuestions = [
        SeedingKit.question("Walk me through designing a rate limiter for a Go API.", 180, "Token bucket; where state lives."),
        SeedingKit.question("Tell me about an incident you owned: \"what\" broke, and #why?"),
        SeedingKit.question("What does ${stack} mean to you, in 'quotes'?", 60, "  - anything: really  "),
    ]

    @Test("pull rewrites only the questions block of a commented file, and plan then shows no change")
    func keepsEveryOtherByte() async throws {
        let folder = try SeedingKit.Folder(["assessments/pull.yaml": Self.commentedFile])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Pull Screen", questions: Self.remoteQuestions,
                                        duration: 30, skills: ["Go", "SQL"])
            let project = folder.project
            let block = try #require(project.spec.assessments.first?.questionsBlock.questions)

            let report = try await PullUseCase.run(
                project: project, names: ["Pull Screen"], client: emulator.client, environment: "test")

            let written = try folder.read("assessments/pull.yaml")
            #expect(SeedingKit.onlyBlockChanged(old: Self.commentedFile, new: written, block: block.bytes))
            #expect(written != Self.commentedFile)
            let file = try #require(report.files.first)
            #expect(file.action == .replacedQuestions)
            #expect(file.questionCount == 3)
            #expect(file.notes.contains { $0.contains("differed") })

            let plan = try await SeedingKit.plan(folder.root, client: emulator.client)
            #expect(plan.assessments.count == 1)
            #expect(plan.assessments.allSatisfy { $0.action == .noChange && $0.questionChanges.isEmpty })
            #expect(!plan.hasChanges)
            let loaded = try #require(Project.load(root: folder.root).spec.assessments.first)
            #expect(loaded.questions?.map(\.text.value) == Self.remoteQuestions.map { $0.question ?? "" })
        }
    }

    @Test("pull turns a generate: block into a questions: block that plans clean")
    func generateBecomesQuestions() async throws {
        let text = """
            name: Support Screen   # generated from the job
            role: Support Agent
            # seeded by the account on creation:
            generate: { count: 4 }   # four to start

            # comments after generate stay
            language: english
            """
        let folder = try SeedingKit.Folder(["assessments/support.yaml": text])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            _ = try await emulator.client.autoGenerate(AutoGenerateBody(
                assessment: AssessmentBody(testName: "Support Screen", hiringForRole: "Support Agent"), numberOfQuestions: 4))
            let before = try await SeedingKit.plan(folder.root, client: emulator.client)
            #expect(before.assessments.first?.generatedNotInFile.count == 4)
            let block = try #require(folder.project.spec.assessments.first?.questionsBlock.generate)

            let report = try await PullUseCase.run(
                project: folder.project, names: ["Support Screen"], client: emulator.client, environment: "test")

            #expect(report.files.first?.action == .replacedGenerate)
            let written = try folder.read("assessments/support.yaml")
            #expect(SeedingKit.onlyBlockChanged(old: text, new: written, block: block.bytes))
            #expect(!written.contains("generate:"))
            let spec = try #require(folder.project.spec.assessments.first)
            #expect(spec.generate == nil)
            #expect(spec.questions?.count == 4)
            let after = try await SeedingKit.plan(folder.root, client: emulator.client)
            #expect(!after.hasChanges)
            #expect(after.assessments.first?.action == .noChange)
            #expect(after.assessments.first?.generatedNotInFile.isEmpty == true)
            #expect(after.assessments.first?.questionChanges.isEmpty == true)
        }
    }

    @Test("pull only reads the account, and a second pull leaves the file alone")
    func readsOnlyAndIsIdempotent() async throws {
        let folder = try SeedingKit.Folder(["assessments/a.yaml": "name: Idem Screen\nrole: Engineer\n"])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Idem Screen", role: "Engineer",
                                        questions: [SeedingKit.question("Describe a design you are proud of.")])
            let first = try await PullUseCase.run(project: folder.project, names: ["Idem Screen"], client: emulator.client, environment: "t")
            #expect(first.files.first?.action == .appended)
            let afterFirst = try folder.read("assessments/a.yaml")
            #expect(afterFirst.hasPrefix("name: Idem Screen\nrole: Engineer\n"))
            let second = try await PullUseCase.run(project: folder.project, names: ["Idem Screen"], client: emulator.client, environment: "t")
            #expect(second.files.first?.action == .unchanged)
            #expect(try folder.read("assessments/a.yaml") == afterFirst)
            let requests = try await emulator.requests()
            #expect(requests.keys.allSatisfy { $0.hasPrefix("GET ") || $0 == "POST /assessment/audio-interviews" })
        }
    }

    @Test("pull finds the assessment as plan does: pinned id, then renamedFrom")
    func resolvesLikePlan() async throws {
        try await SeedingKit.withEmulator { emulator in
            let old = try await SeedingKit.create(emulator.client, name: "Old Screen Name",
                                                  questions: [SeedingKit.question("Question kept under the old name.")])
            let twinA = try await SeedingKit.create(emulator.client, name: "Twin Screen",
                                                    questions: [SeedingKit.question("Only the first twin asks this.")])
            try await SeedingKit.create(emulator.client, name: "Twin Screen",
                                        questions: [SeedingKit.question("Only the second twin asks this.")])
            let folder = try SeedingKit.Folder([
                "assessments/renamed.yaml": "name: New Screen Name\nrenamedFrom: [Old Screen Name]\nrole: Backend Engineer\n",
                "assessments/twin.yaml": "name: Twin Screen\nid: \"\(twinA.assessmentId)\"\nrole: Backend Engineer\n",
            ])
            defer { folder.remove() }
            let report = try await PullUseCase.run(
                project: folder.project, names: ["New Screen Name", "Twin Screen"], client: emulator.client, environment: "t")
            #expect(report.files.map(\.remoteId) == [old.assessmentId, twinA.assessmentId])
            #expect(try folder.read("assessments/renamed.yaml").contains("Question kept under the old name."))
            #expect(try folder.read("assessments/twin.yaml").contains("Only the first twin asks this."))
        }
    }

    @Test("pull refuses unknown names, files not in the account yet, and ambiguous names, writing nothing")
    func refusals() async throws {
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Dup Screen")
            try await SeedingKit.create(emulator.client, name: "Dup Screen")
            let files = [
                "assessments/dup.yaml": "name: Dup Screen\nrole: Backend Engineer\n",
                "assessments/new.yaml": "name: Brand New Screen\nrole: Backend Engineer\n",
            ]
            let folder = try SeedingKit.Folder(files)
            defer { folder.remove() }
            await #expect(throws: TapformError.self) {
                try await PullUseCase.run(project: folder.project, names: ["No Such Screen"], client: emulator.client, environment: "t")
            }
            let notYet = await #expect(throws: TapformError.self) {
                try await PullUseCase.run(project: folder.project, names: ["Brand New Screen"], client: emulator.client, environment: "t")
            }
            #expect(notYet?.message.contains("does not exist in environment \"t\" yet") == true)
            let ambiguous = await #expect(throws: TapformError.self) {
                try await PullUseCase.run(project: folder.project, names: ["Dup Screen"], client: emulator.client, environment: "t")
            }
            #expect(ambiguous?.message.contains("assessments/dup.yaml:1:") == true, "\(ambiguous?.message ?? "")")
            #expect(ambiguous?.message.contains("pin one with `id:`") == true)
            for (path, text) in files { #expect(try folder.read(path) == text) }
        }
    }

    @Test("questions from a template are refused; a generate: from a template becomes the file's own questions")
    func templates() async throws {
        let files = [
            "templates/base.yaml": "role: Backend Engineer\nquestions:\n  - text: A question every backend screen asks.\n",
            "templates/generated.yaml": "role: Support Agent\ngenerate: {count: 3}\n",
            "assessments/inherits.yaml": "name: Inherits Screen\nextends: base\n",
            "assessments/appends.yaml": "name: Appends Screen\nextends: base\nquestions:\n  append:\n    - text: One more question of its own.\n",
            "assessments/gen.yaml": "name: Gen Screen\nextends: generated\n# keep me\n",
        ]
        let folder = try SeedingKit.Folder(files)
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Inherits Screen")
            try await SeedingKit.create(emulator.client, name: "Appends Screen")
            _ = try await emulator.client.autoGenerate(AutoGenerateBody(
                assessment: AssessmentBody(testName: "Gen Screen", hiringForRole: "Support Agent"), numberOfQuestions: 3))
            for name in ["Inherits Screen", "Appends Screen"] {
                let error = await #expect(throws: TapformError.self) {
                    try await PullUseCase.run(project: folder.project, names: [name], client: emulator.client, environment: "t")
                }
                #expect(error?.message.contains("come from the template templates/base.yaml") == true)
            }
            #expect(try folder.read("assessments/inherits.yaml") == files["assessments/inherits.yaml"])
            #expect(try folder.read("assessments/appends.yaml") == files["assessments/appends.yaml"])

            let report = try await PullUseCase.run(project: folder.project, names: ["Gen Screen"], client: emulator.client, environment: "t")
            #expect(report.files.first?.action == .appended)
            #expect(try folder.read("assessments/gen.yaml").hasPrefix("name: Gen Screen\nextends: generated\n# keep me\nquestions:\n"))
            let plan = try await SeedingKit.plan(folder.root, client: emulator.client)
            let gen = try #require(plan.assessments.first { $0.name == "Gen Screen" })
            #expect(gen.action == .noChange)
            #expect(gen.generatedNotInFile.isEmpty)
        }
    }
}
