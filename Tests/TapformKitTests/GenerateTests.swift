import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

@Suite("generate")
struct GenerateTests {
    static let texts = [
        "Walk me through a service you designed from scratch.",
        "How do you decide what to cache, and for how long?",
        "Tell me about a migration that went wrong.",
    ]

    static func file(_ texts: [String]) -> String {
        """
        # Generated screen — the account adds questions, git reviews them.
        name: Grow Screen      # identity

        # the questions, kept in the file:
        questions:
        \(texts.map { "  - text: \($0)   # from the account\n" }.joined())
        # after the questions
        role: Backend Engineer   # trailing
        protect: false

        """
    }

    @Test("generate asks for N more, writes the full list into the questions block only, and plan is clean")
    func addsAndWrites() async throws {
        let text = Self.file(Self.texts)
        let folder = try SeedingKit.Folder(["assessments/grow.yaml": text])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Grow Screen", questions: Self.texts.map { SeedingKit.question($0) })
            let block = try #require(folder.project.spec.assessments.first?.questionsBlock.questions)

            let report = try await GenerateUseCase.run(
                project: folder.project, name: "Grow Screen", count: 4, client: emulator.client, environment: "t")

            #expect(report.added.count == 4)
            #expect(report.file.questionCount == 7)
            #expect(report.file.action == .replacedQuestions)
            let written = try folder.read("assessments/grow.yaml")
            #expect(SeedingKit.onlyBlockChanged(old: text, new: written, block: block.bytes))
            let spec = try #require(folder.project.spec.assessments.first)
            #expect(spec.questions?.map(\.text.value) == Self.texts + report.added)
            let plan = try await SeedingKit.plan(folder.root, client: emulator.client)
            #expect(!plan.hasChanges)
            #expect(plan.assessments.first?.questionChanges.isEmpty == true)
            #expect(try await emulator.requests()["POST /assessment/:assessmentId/generate-questions"] == 1)
        }
    }

    @Test("generate on a generate: file writes the account's questions plus the new ones as questions:")
    func generateFile() async throws {
        let text = "name: Gen More\nrole: Support Agent\ngenerate: {count: 2}\n"
        let folder = try SeedingKit.Folder(["assessments/gen.yaml": text])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            _ = try await emulator.client.autoGenerate(AutoGenerateBody(
                assessment: AssessmentBody(testName: "Gen More", hiringForRole: "Support Agent"), numberOfQuestions: 2))
            let report = try await GenerateUseCase.run(
                project: folder.project, name: "Gen More", count: 3, client: emulator.client, environment: "t")
            #expect(report.file.action == .replacedGenerate)
            #expect(report.file.questionCount == 5)
            #expect(folder.project.spec.assessments.first?.questions?.count == 5)
            #expect(!(try await SeedingKit.plan(folder.root, client: emulator.client)).hasChanges)
        }
    }

    @Test("generate refuses, before any request, to pass 50 questions")
    func refusesOverFifty() async throws {
        let texts = (1...48).map { "Question number \($0) about distributed systems." }
        let text = Self.file(texts)
        let folder = try SeedingKit.Folder(["assessments/grow.yaml": text])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Grow Screen", questions: texts.map { SeedingKit.question($0) })
            let error = await #expect(throws: TapformError.self) {
                try await GenerateUseCase.run(project: folder.project, name: "Grow Screen", count: 5, client: emulator.client, environment: "t")
            }
            #expect(error?.message.contains("has 48 questions; 5 more would pass the limit of 50") == true)
            #expect(error?.message.contains("--count 2") == true)
            #expect(try await emulator.requests()["POST /assessment/:assessmentId/generate-questions"] == nil)
            #expect(try folder.read("assessments/grow.yaml") == text)

            let two = try await GenerateUseCase.run(
                project: folder.project, name: "Grow Screen", count: 2, client: emulator.client, environment: "t")
            #expect(two.file.questionCount == 50)
            let full = await #expect(throws: TapformError.self) {
                try await GenerateUseCase.run(project: folder.project, name: "Grow Screen", count: 1, client: emulator.client, environment: "t")
            }
            #expect(full?.message.contains("it is full") == true)
        }
    }

    @Test("generate refuses a count outside 1...20 and a file whose questions differ from the account's")
    func otherRefusals() async throws {
        let text = Self.file(Self.texts)
        let folder = try SeedingKit.Folder(["assessments/grow.yaml": text])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Grow Screen",
                                        questions: Self.texts.dropLast().map { SeedingKit.question($0) })
            for count in [0, 21] {
                let error = await #expect(throws: TapformError.self) {
                    try await GenerateUseCase.run(project: folder.project, name: "Grow Screen", count: count, client: emulator.client, environment: "t")
                }
                #expect(error?.message.contains("--count must be between 1 and 20") == true)
            }
            let edits = await #expect(throws: TapformError.self) {
                try await GenerateUseCase.run(project: folder.project, name: "Grow Screen", count: 2, client: emulator.client, environment: "t")
            }
            #expect(edits?.message.contains("differ from the account's") == true)
            #expect(try await emulator.requests()["POST /assessment/:assessmentId/generate-questions"] == nil)
            #expect(try folder.read("assessments/grow.yaml") == text)
        }
    }
}
