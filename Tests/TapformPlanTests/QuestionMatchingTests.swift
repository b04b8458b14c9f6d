import Testing
import TapformPlan

@Suite("Question matching")
struct QuestionMatchingTests {
    private let texts = [
        "Walk me through how you would design a rate limiter.",
        "Tell me about a production incident you owned end to end.",
        "How do you decide between SQL and NoSQL storage?",
        "Describe a code review that changed your mind.",
        "What would you monitor first in a new service?",
    ]

    private func questions(_ indices: [Int]) -> [DesiredQuestion] { indices.map { Fixtures.question(texts[$0]) } }

    /// Builds the steps, checks they reach the desired list, and returns the changes' kinds.
    private func diff(_ remote: [DesiredQuestion], _ desired: [DesiredQuestion]) throws -> (kinds: [QuestionChange.Kind], output: QuestionStepBuilder.Output) {
        let remoteQuestions = Fixtures.remoteQuestions(remote)
        let output = QuestionStepBuilder.build(remote: remoteQuestions, desired: desired)
        let start = remoteQuestions.map { SimulatedQuestion(id: $0.id, content: QuestionContent($0)) }
        let result = try QuestionListSimulator.run(output.steps, on: start)
        #expect(result.questions.map(\.content) == desired.map(QuestionContent.init))
        return (output.changes.map(\.kind), output)
    }

    @Test func identicalListsHaveNoSteps() throws {
        let (kinds, output) = try diff(questions([0, 1, 2]), questions([0, 1, 2]))
        #expect(kinds.isEmpty && output.steps.isEmpty)
    }

    @Test func reorderIsOnlyMoves() throws {
        let (kinds, output) = try diff(questions([0, 1, 2, 3, 4]), questions([1, 2, 3, 4, 0]))
        #expect(kinds == [.move])
        #expect(output.changes[0].from == 1 && output.changes[0].to == 5)
        #expect(output.steps.count == 1)
        guard case .updateQuestion(let move) = output.steps[0] else { Issue.record("expected a move"); return }
        #expect(move.questionId == "q1" && move.order == 5 && move.text == nil)
    }

    @Test func reverseMovesAllButOne() throws {
        let (kinds, _) = try diff(questions([0, 1, 2, 3, 4]), questions([4, 3, 2, 1, 0]))
        #expect(kinds.allSatisfy { $0 == .move })
        #expect(kinds.count == 4)
    }

    @Test func rewordingIsAnUpdate() throws {
        var desired = questions([0, 1, 2])
        desired[1].text = "Tell me about a production incident you led end to end."
        let (kinds, output) = try diff(questions([0, 1, 2]), desired)
        #expect(kinds == [.update])
        #expect(output.changes[0].fieldDiffs.map(\.field) == ["text"])
        #expect(output.changes[0].remoteId == "q2")
    }

    @Test func timeLimitChangeIsAnUpdateEvenWhenMoved() throws {
        var desired = questions([1, 2, 0])
        desired[2].timeLimitSeconds = 300
        let (kinds, output) = try diff(questions([0, 1, 2]), desired)
        #expect(kinds == [.update])
        #expect(output.changes[0].moved)
        #expect(output.steps.count == 1, "one request both edits and moves")
    }

    @Test func replacingIsDeleteAndCreate() throws {
        var desired = questions([0, 1, 2])
        desired[1].text = "Which sorting algorithm would you pick for nearly sorted data?"
        let (kinds, output) = try diff(questions([0, 1, 2]), desired)
        #expect(Set(kinds) == [.delete, .create])
        #expect(output.steps.first?.kind == .deleteQuestion, "deletes run first")
    }

    @Test func insertAtFrontIsOneCreateWithOrderOne() throws {
        let (kinds, output) = try diff(questions([1, 2, 3]), questions([0, 1, 2, 3]))
        #expect(kinds == [.create])
        guard case .addQuestion(let add) = output.steps.first else { Issue.record("expected an add"); return }
        #expect(add.order == 1)
    }

    @Test func appendOmitsTheOrder() throws {
        let (_, output) = try diff(questions([0, 1]), questions([0, 1, 2]))
        guard case .addQuestion(let add) = output.steps.first else { Issue.record("expected an add"); return }
        #expect(add.order == nil)
    }

    @Test func duplicateTextsKeepTheirIdentity() throws {
        let (kinds, output) = try diff(questions([0, 1, 0, 2]), questions([0, 0, 1, 2]))
        #expect(kinds == [.move])
        let (removed, _) = try diff(questions([0, 0, 0]), questions([0, 0]))
        #expect(removed == [.delete])
        #expect(output.steps.count == 1)
    }

    @Test func allDifferentIsDeletesThenCreates() throws {
        let remote = (0..<50).map { Fixtures.question("Old question number \($0) about topic alpha\($0)") }
        let desired = (0..<50).map { Fixtures.question("Brand new prompt \($0) concerning beta\($0) matters") }
        let (kinds, output) = try diff(remote, desired)
        #expect(kinds.count { $0 == .delete } == 50)
        #expect(kinds.count { $0 == .create } == 50)
        #expect(output.steps.prefix(50).allSatisfy { $0.kind == .deleteQuestion })
    }

    @Test func emptyRemoteAndEmptyDesired() throws {
        let (created, _) = try diff([], questions([0, 1]))
        #expect(created == [.create, .create])
        let (deleted, _) = try diff(questions([0, 1]), [])
        #expect(deleted == [.delete, .delete])
    }

    @Test func similarityThresholdIsDocumentedRule() {
        let remote = [QuestionContent(text: "How do you handle conflict inside a team?", timeLimitSeconds: 120, idealAnswer: nil)]
        let close = [QuestionContent(text: "How do you handle conflict within a team?", timeLimitSeconds: 120, idealAnswer: nil)]
        let far = [QuestionContent(text: "Describe your ideal manager in detail.", timeLimitSeconds: 120, idealAnswer: nil)]
        #expect(QuestionMatcher.match(remote: remote, desired: close).pairs.count == 1)
        #expect(QuestionMatcher.match(remote: remote, desired: far).pairs.isEmpty)
    }
}
