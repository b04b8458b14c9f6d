import Foundation
import Testing
import TapformPlan

@Suite("Plan file")
struct PlanCodableTests {
    @Test func roundTripsExactly() throws {
        let plan = GoldenScenario.plan
        let json = JSONRenderer.render(plan)
        let decoded = try Plan.decode(from: Data(json.utf8))
        #expect(decoded == plan)
        #expect(json.contains("\"schemaVersion\" : 2") && json.contains("\"kind\" : \"plan\""))
    }

    @Test("a diagnostic is written as message and location; read back, its array says its severity")
    func diagnosticsKeepTheirSeverity() throws {
        let here = SourceLocation(file: "assessments/a.yaml", line: 3, column: 7)
        let plan = Plan(assessments: [
            AssessmentPlan(action: .blocked, name: "A", warnings: [Diagnostic(.warning, "careful", at: here)],
                           errors: [Diagnostic(.error, "refused")]),
        ], warnings: [Diagnostic(.warning, "not managed here")], identityFingerprint: "x")
        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        #expect(json.contains(#"{"message":"careful","location":{"#) || json.contains(#"{"location":{"#))
        #expect(json.contains(#"{"message":"refused"}"#))
        #expect(!json.contains("severity") && !json.contains("\"code\""))
        let decoded = try Plan.decode(from: Data(json.utf8))
        #expect(decoded == plan)
        #expect(decoded.allWarnings.map(\.severity) == [.warning, .warning])
        #expect(decoded.allErrors.map(\.severity) == [.error])
    }

    @Test func fieldValuesAreTypedWithTheirDisplayBeside() throws {
        let diffs = [
            FieldDiff(field: "durationMinutes", old: .integer(20), new: .integer(35)),
            FieldDiff(field: "skills", old: .list(["SQL"]), new: .list(["SQL", "Statistics"])),
            FieldDiff(field: "purpose", old: nil, new: .text("Say \"why\"")),
            FieldDiff(field: "emailVerification", old: .boolean(false), new: .boolean(true)),
            .choice(field: "status", old: "active", new: "inactive"),
        ]
        let json = String(decoding: try JSONEncoder().encode(diffs), as: UTF8.self)
        #expect(json.contains(#""new":35"#) && json.contains(#""newDisplay":"35""#))
        #expect(json.contains(#""new":["SQL","Statistics"]"#) && json.contains(#""newDisplay":"[SQL, Statistics]""#))
        #expect(json.contains(#""new":"Say \"why\"""#) && json.contains(#""old":null"#), "a plain text; absent is null")
        #expect(json.contains(#""new":true"#) && json.contains(#""new":"inactive""#) && json.contains(#""newDisplay":"inactive""#))
        #expect(try JSONDecoder().decode([FieldDiff].self, from: Data(json.utf8)) == diffs)
    }

    @Test func everyStepKindRoundTrips() throws {
        let steps: [PlanStep] = [
            .createAssessment(CreateAssessmentStep(settings: AssessmentSettings(Fixtures.desired("A")), questions: [])),
            .autoGenerate(AutoGenerateStep(settings: AssessmentSettings(Fixtures.desired("A")), count: nil)),
            .updateSettings(SettingsPatch(purpose: NewValue(nil), job: NewValue("12"), status: .inactive)),
            .deleteQuestion(DeleteQuestionStep(questionId: "q1", text: "x")),
            .updateQuestion(UpdateQuestionStep(questionId: "q2", idealAnswer: NewValue(nil), order: 3)),
            .addQuestion(AddQuestionStep(content: QuestionContent(text: "t", timeLimitSeconds: nil, idealAnswer: nil), order: nil)),
        ]
        let data = try JSONEncoder().encode(steps)
        #expect(try JSONDecoder().decode([PlanStep].self, from: data) == steps)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"kind\":\"updateSettings\""))
    }

    @Test func refusesOtherVersionsAndKinds() {
        let json = JSONRenderer.render(GoldenScenario.plan)
        for (old, new) in [("\"schemaVersion\" : 2", "\"schemaVersion\" : 3"), ("\"kind\" : \"plan\"", "\"kind\" : \"apply\""),
                           ("\"schemaVersion\" : 2", "\"formatVersion\" : 1")] {
            #expect(throws: Plan.UnsupportedFormat.self) { try Plan.decode(from: Data(json.replacingOccurrences(of: old, with: new).utf8)) }
        }
    }
}
