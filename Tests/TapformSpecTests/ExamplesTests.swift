import Foundation
import Testing
@testable import TapformSpec

@Suite struct ExamplesTests {
    let result = SpecLoader.loadProject(root: RepositoryPaths.root)

    @Test func examplesValidateClean() {
        #expect(result.diagnostics == [], "\(DiagnosticRenderer.human(result.diagnostics, color: false))")
        #expect(result.assessments.count == result.files.count)
        #expect(result.assessments.count >= 6)
        #expect(result.templates.count >= 2)
    }

    @Test func examplesCoverTheVariety() throws {
        let byName = Dictionary(uniqueKeysWithValues: result.assessments.map { ($0.name.value, $0) })
        let spanish = try #require(result.assessments.first { $0.language.value == "spanish" })
        #expect(spanish.evaluateCEFR.value)
        let generated = try #require(result.assessments.first { $0.generate != nil })
        #expect(generated.generate?.count.value == 5)
        #expect(generated.job?.value == "1003", "the Customer Support Specialist demo job of the emulator")
        #expect(generated.questions == nil)
        #expect(result.assessments.contains { $0.status.value == .inactive })
        #expect(Set(result.assessments.map(\.durationMinutes.value)).count >= 3)
        let sharing = result.assessments.filter { $0.extends.map(\.value) == ["backend-base"] }
        #expect(sharing.count >= 2)
        #expect(Set(sharing.map { $0.vars["stack"] }).count == sharing.count)
        let go = try #require(byName["Senior Backend Engineer (Go) — Screen"])
        let questions = try #require(go.questions)
        // behavioural (2) + backend-base (3) + the file's own (1), in that order.
        #expect(questions.count == 6)
        #expect(questions[0].location.file == "templates/behavioural.yaml")
        #expect(questions[2].text.value.contains("public Go API"))
        #expect(questions[5].location.file == "assessments/engineering/senior-backend-engineer-go.yaml")
    }
}
