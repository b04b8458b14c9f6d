import Testing
import TapformPlan

@Suite("Question list simulator")
struct QuestionListSimulatorTests {
    private func list(_ ids: [String]) -> [SimulatedQuestion] {
        ids.map { SimulatedQuestion(id: $0, content: QuestionContent(text: "Question \($0)", timeLimitSeconds: nil, idealAnswer: nil)) }
    }

    private func content(_ text: String) -> QuestionContent {
        QuestionContent(text: text, timeLimitSeconds: nil, idealAnswer: nil)
    }

    @Test func addWithOrderInsertsAndWithoutAppends() throws {
        let result = try QuestionListSimulator.run([
            .addQuestion(AddQuestionStep(content: content("front"), order: 1)),
            .addQuestion(AddQuestionStep(content: content("end"), order: nil)),
        ], on: list(["a", "b"]))
        #expect(result.questions.map(\.content.text) == ["front", "Question a", "Question b", "end"])
    }

    @Test func updateWithOrderMovesAndRenumbers() throws {
        let result = try QuestionListSimulator.run([
            .updateQuestion(UpdateQuestionStep(questionId: "a", order: 3)),
        ], on: list(["a", "b", "c"]))
        #expect(result.questions.map(\.id) == ["b", "c", "a"])
    }

    @Test func deleteClosesTheGap() throws {
        let result = try QuestionListSimulator.run([.deleteQuestion(DeleteQuestionStep(questionId: "b", text: ""))], on: list(["a", "b", "c"]))
        #expect(result.questions.map(\.id) == ["a", "c"])
    }

    @Test func refusesInvalidSteps() {
        #expect(throws: SimulationError.self) {
            try QuestionListSimulator.run([.updateQuestion(UpdateQuestionStep(questionId: "a", order: 4))], on: list(["a", "b", "c"]))
        }
        #expect(throws: SimulationError.self) {
            try QuestionListSimulator.run([.deleteQuestion(DeleteQuestionStep(questionId: "zz", text: ""))], on: list(["a"]))
        }
        let full = list((1...50).map(String.init))
        #expect(throws: SimulationError.self) {
            try QuestionListSimulator.run([.addQuestion(AddQuestionStep(content: content("one too many"), order: nil))], on: full)
        }
    }

    @Test func fullListReplacedStaysWithinTheLimit() throws {
        let remote = (1...50).map { RemoteQuestion(id: "r\($0)", text: "Remote question \($0) on subject x\($0)", order: $0) }
        let desired = (1...50).map { DesiredQuestion(text: "Fresh question \($0) on matter y\($0)") }
        let steps = QuestionStepBuilder.build(remote: remote, desired: desired).steps
        let start = remote.map { SimulatedQuestion(id: $0.id, content: QuestionContent($0)) }
        let result = try QuestionListSimulator.run(steps, on: start)
        #expect(result.peakCount == 50)
        #expect(result.questions.map(\.content) == desired.map(QuestionContent.init))
    }
}
