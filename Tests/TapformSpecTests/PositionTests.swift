import Testing
@testable import TapformSpec
import TaptalentContract

extension TaptalentContract.SourceLocation {
    var stub: SourceLocationStub { SourceLocationStub(file: file, line: line, column: column) }
}

@Suite struct PositionTests {
    static let file = "assessments/pos.yaml"
    static let template = Marked("""
        # base
        ⟨tRole⟩role: ⟨tRoleValue⟩Template Role
        questions:
          - ⟨tQ1⟩text: ⟨tQ1Text⟩From the template, question one?

        """)
    static let source = Marked("""
        # A comment before the name
        ⟨nameKey⟩name: ⟨name⟩Position Screen
        extends: ⟨ext⟩base
        durationMinutes: ⟨duration⟩25
        skills: [⟨s1⟩Go, ⟨s2⟩"SQL"]
        job: ⟨job⟩1002
        vars: {who: ⟨who⟩you}
        ⟨questionsKey⟩questions:
          append:
            - ⟨q1⟩text: ⟨q1Text⟩"Tell ${who} about your last project."
              timeLimitSeconds: ⟨q1Time⟩90
              idealAnswer: ⟨q1Ideal⟩|
                Concrete outcome.
            ⟨q2⟩- ⟨q2Text⟩text: Second question with default time?
        # trailing comment
        protect: ⟨protect⟩true

        """)

    static let result = SpecLoader.loadProject(files: [file: source.text, "templates/base.yaml": template.text])

    func at(_ name: String) -> SourceLocationStub { Self.source.location(name, in: Self.file) }
    func inTemplate(_ name: String) -> SourceLocationStub { Self.template.location(name, in: "templates/base.yaml") }

    @Test func everyFieldKeepsItsPosition() throws {
        #expect(Self.result.diagnostics == [])
        let spec = try #require(Self.result.assessments.first)
        #expect(spec.name.location.stub == at("name"))
        #expect(spec.keyLocations["name"]?.stub == at("nameKey"))
        #expect(spec.durationMinutes.location.stub == at("duration"))
        #expect(spec.skills.map(\.location.stub) == [at("s1"), at("s2")])
        #expect(spec.job?.location.stub == at("job"))
        #expect(spec.job?.value == "1002")
        #expect(spec.protect.location.stub == at("protect"))
        #expect(spec.extends.first?.location.stub == at("ext"))
        #expect(spec.role.location.stub == inTemplate("tRoleValue"))
        #expect(spec.keyLocations["role"]?.stub == inTemplate("tRole"))
    }

    /// A question's position is where its mapping starts: its first key, after the "- ".
    @Test func questionsAndTheirFieldsKeepTheirPositions() throws {
        let spec = try #require(Self.result.assessments.first)
        let questions = try #require(spec.questions)
        #expect(questions.count == 3)
        #expect(questions[0].location.stub == inTemplate("tQ1"))
        #expect(questions[0].text.location.stub == inTemplate("tQ1Text"))
        #expect(questions[1].location.stub == at("q1"))
        #expect(questions[1].text.location.stub == at("q1Text"))
        #expect(questions[1].text.value == "Tell you about your last project.")
        #expect(questions[1].timeLimitSeconds.location.stub == at("q1Time"))
        #expect(questions[1].idealAnswer?.location.stub == at("q1Ideal"))
        #expect(questions[1].idealAnswer?.value == "Concrete outcome.\n")
        #expect(questions[2].timeLimitSeconds.value == 120)
        #expect(questions[2].timeLimitSeconds.isDefault)
        #expect(questions[2].timeLimitSeconds.location.stub == at("q2Text"))
    }

    @Test func defaultsPointAtTheAssessmentAndAreMarked() throws {
        let spec = try #require(Self.result.assessments.first)
        #expect(spec.language.value == "english" && spec.language.isDefault)
        #expect(spec.status.value == .active && spec.status.isDefault)
        #expect(!spec.emailVerification.value && spec.emailVerification.isDefault)
        #expect(spec.language.location.stub == at("nameKey"))
        #expect(!spec.durationMinutes.isDefault)
    }

    @Test func questionsBlockCoversExactlyTheQuestionsLines() throws {
        let spec = try #require(Self.result.assessments.first)
        let block = try #require(spec.questionsBlock.questions)
        let first = at("questionsKey").line
        #expect(block.lines == first..<(at("q2").line + 1))
        let bytes = Array(Self.source.text.utf8)
        let text = String(decoding: bytes[block.bytes], as: UTF8.self)
        #expect(text.hasPrefix("questions:\n"))
        #expect(text.hasSuffix("default time?\n"))
        #expect(spec.questionsBlock.generate == nil)
        #expect(spec.questionsBlock.isRewritable)
        #expect(spec.questionsBlock.insertionOffset == bytes.count)
    }

    @Test func diagnosticsPointAtTheOffendingValue() {
        let source = Marked("name: Screen X\nrole: Engineer\nquestions:\n  - text: Long enough question text?\n    timeLimitSeconds: ⟨bad⟩9000\n")
        let found = SpecLoader.loadProject(files: [Self.file: source.text]).diagnostics
        #expect(found.map { SourceLocationStub(file: $0.file, line: $0.line, column: $0.column) } == [source.location("bad", in: Self.file)])
    }

    @Test func columnsCountUnicodeScalars() {
        let source = Marked("name: Ünïcödé 日本語 ⟨x⟩${nope}\nrole: Engineer\n")
        let found = SpecLoader.loadProject(files: [Self.file: source.text]).diagnostics
        #expect(found.first?.code == .unknownVar)
        #expect(found.first?.column == 7)  // the scalar's start: substitution problems point at the value
    }
}
