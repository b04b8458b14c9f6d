import Testing
@testable import TapformSpec

@Suite struct QuestionBlockWriterTests {
    static let commented = """
        # yaml-language-server: $schema=../schema/assessment.json
        #   Owned by the Payments hiring team — ask #hiring-payments before editing.

        name: Senior Backend Engineer — Screen   # identity
        role: Senior Backend Engineer

        # Questions below were reviewed on 2024-03-01.
        questions:
          # the opener
          - text: Tell me about a production incident you owned end to end.
            timeLimitSeconds: 180

          - text: How do you design an idempotent payment API?   # key question
            idealAnswer: |
              Idempotency keys,
              stored responses.

        # Keep protect on: these questions are calibrated.
        protect: true
        skills:   [Go,    SQL]     # odd spacing kept
        """

    static let newQuestions = [
        QuestionValues(text: "What is a goroutine leak and how do you find one?", timeLimitSeconds: 150, idealAnswer: "pprof, goroutine dumps."),
        QuestionValues(text: "Explain: \"exactly once\" delivery — is it real?"),
    ]

    @Test func onlyTheQuestionsBlockChanges() throws {
        let output = try QuestionBlockWriter.replaceQuestions(in: Self.commented, with: Self.newQuestions).get()
        #expect(output.action == .replacedQuestions)
        let before = Self.commented.components(separatedBy: "questions:\n")[0]
        let after = "\n# Keep protect on: these questions are calibrated.\nprotect: true\nskills:   [Go,    SQL]     # odd spacing kept"
        #expect(output.text.hasPrefix(before + "questions:\n  - text: What is a goroutine leak"))
        #expect(output.text.hasSuffix("  - text: \"Explain: \\\"exactly once\\\" delivery — is it real?\"\n" + after))
        let block = String(output.text.dropFirst(before.count).dropLast(after.count))
        #expect(block == """
            questions:
              - text: What is a goroutine leak and how do you find one?
                timeLimitSeconds: 150
                idealAnswer: pprof, goroutine dumps.
              - text: "Explain: \\"exactly once\\" delivery — is it real?"

            """)
        let loaded = SpecLoader.loadProject(files: ["assessments/a.yaml": output.text])
        #expect(loaded.diagnostics == [])
        #expect(loaded.assessments.first?.questions?.map(\.text.value) == Self.newQuestions.map(\.text))
        #expect(loaded.assessments.first?.protect.value == true)
    }

    @Test func rewritingWithTheSameQuestionsIsStable() throws {
        let once = try QuestionBlockWriter.replaceQuestions(in: Self.commented, with: Self.newQuestions).get().text
        let twice = try QuestionBlockWriter.replaceQuestions(in: once, with: Self.newQuestions).get().text
        #expect(once == twice)
    }

    @Test func generateIsReplacedByTheQuestions() throws {
        let text = "name: Support Screen\nrole: Support\ngenerate: { count: 5 }   # seed\n\n# end\n"
        let output = try QuestionBlockWriter.replaceQuestions(in: text, with: [QuestionValues(text: "How do you calm an angry customer?")]).get()
        #expect(output.action == .replacedGenerate)
        #expect(output.text == "name: Support Screen\nrole: Support\nquestions:\n  - text: How do you calm an angry customer?\n\n# end\n")
    }

    @Test func questionsAreAppendedWhenAbsent() throws {
        let text = "name: Empty Screen\nrole: Support  # no newline at end"
        let output = try QuestionBlockWriter.replaceQuestions(in: text, with: []).get()
        #expect(output.action == .appended)
        #expect(output.text == text + "\nquestions: []\n")
    }

    @Test func lastBlockWithoutFinalNewline() throws {
        let text = "name: Last Screen\nrole: Support\nquestions:\n  - text: Old question here?"
        let output = try QuestionBlockWriter.replaceQuestions(in: text, with: [QuestionValues(text: "New question here?")]).get()
        #expect(output.text == "name: Last Screen\nrole: Support\nquestions:\n  - text: New question here?\n")
    }

    @Test func crlfFilesKeepTheirOtherLines() throws {
        let text = "name: CRLF Screen\r\nrole: Support\r\nquestions:\r\n  - text: Old question here?\r\nprotect: true\r\n"
        let output = try QuestionBlockWriter.replaceQuestions(in: text, with: [QuestionValues(text: "New question here?")]).get()
        #expect(output.text == "name: CRLF Screen\r\nrole: Support\r\nquestions:\r\n  - text: New question here?\r\nprotect: true\r\n")
    }

    @Test func flowMappingsAndBrokenFilesAreRefused() {
        #expect(QuestionBlockWriter.replaceQuestions(in: "{name: X, role: Y}\n", with: []) == .failure(.notBlockMapping))
        guard case .failure(.unreadable(let found)) = QuestionBlockWriter.replaceQuestions(in: "name: [\n", with: []) else {
            Issue.record("expected unreadable")
            return
        }
        #expect(found.first?.code == .yamlSyntax)
    }
}

@Suite struct AssessmentFileWriterTests {
    @Test func writesReadableYAMLInDesignOrder() {
        var values = AssessmentFileValues(name: "Imported: Screen", role: "Engineer")
        values.id = "asm_123"
        values.renamedFrom = ["Old Screen"]
        values.durationMinutes = 25
        values.language = "english"
        values.skills = ["Go", "true", "3.5"]
        values.job = "1002"
        values.emailVerification = true
        values.status = .inactive
        values.questions = [QuestionValues(text: "Why ${this}?", timeLimitSeconds: 90)]
        let text = AssessmentFileWriter.write(values, headerComment: "Imported from account X\non 2024-01-01")
        #expect(text == """
            # Imported from account X
            # on 2024-01-01
            name: "Imported: Screen"
            renamedFrom:
              - Old Screen
            id: asm_123
            role: Engineer
            durationMinutes: 25
            language: english
            skills:
              - Go
              - "true"
              - "3.5"
            job: "1002"
            emailVerification: true
            status: inactive
            questions:
              - text: Why $${this}?
                timeLimitSeconds: 90

            """)
        let result = SpecLoader.loadProject(files: ["assessments/a.yaml": text])
        #expect(result.diagnostics == [])
        let spec = result.assessments.first
        #expect(spec?.name.value == "Imported: Screen")
        #expect(spec?.id?.value == "asm_123")
        #expect(spec?.skills.map(\.value) == ["Go", "true", "3.5"])
        #expect(spec?.questions?.first?.text.value == "Why ${this}?")
        #expect(spec?.status.value == .inactive)
        #expect(spec?.renamedFrom.map(\.value) == ["Old Screen"])
    }
}
