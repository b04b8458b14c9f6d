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
        #expect(json.contains("\"formatVersion\" : 1"))
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

    @Test func refusesOtherFormatVersions() {
        let json = JSONRenderer.render(GoldenScenario.plan).replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2")
        #expect(throws: Plan.UnsupportedFormat.self) { try Plan.decode(from: Data(json.utf8)) }
    }
}
