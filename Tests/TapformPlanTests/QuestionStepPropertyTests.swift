import Testing
import TapformPlan
import TapformSupport

/// Random remote and desired question lists: the steps must reach the desired list exactly, never
/// exceed 50 questions, and a second plan on the result must be empty.
@Suite("Question steps, random cases")
struct QuestionStepPropertyTests {
    private static let words = ["design", "incident", "latency", "customer", "budget", "team", "conflict", "deadline",
                                "database", "cache", "queue", "migration", "review", "mentor", "release", "rollback"]

    private func randomText(_ rng: inout SplitMix64) -> String {
        let count = Int.random(in: 4...9, using: &rng)
        return "Question: " + (0..<count).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ") + "?"
    }

    private func randomQuestion(_ rng: inout SplitMix64, pool: [String]) -> DesiredQuestion {
        let text = Bool.random(using: &rng) ? pool.randomElement(using: &rng)! : randomText(&rng)
        return DesiredQuestion(
            text: text, timeLimitSeconds: [60, 120, 180].randomElement(using: &rng)!,
            idealAnswer: Int.random(in: 0..<4, using: &rng) == 0 ? "Covers \(Self.words.randomElement(using: &rng)!)." : nil)
    }

    /// A desired list derived from the remote one by random edits.
    private func mutate(_ remote: [DesiredQuestion], _ rng: inout SplitMix64, pool: [String]) -> [DesiredQuestion] {
        var list = remote
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where !list.isEmpty: list.remove(at: Int.random(in: 0..<list.count, using: &rng))
            case 1 where list.count < 50: list.insert(randomQuestion(&rng, pool: pool), at: Int.random(in: 0...list.count, using: &rng))
            case 2 where list.count > 1:
                let item = list.remove(at: Int.random(in: 0..<list.count, using: &rng))
                list.insert(item, at: Int.random(in: 0...list.count, using: &rng))
            case 3 where !list.isEmpty:
                let index = Int.random(in: 0..<list.count, using: &rng)
                list[index].timeLimitSeconds = [90, 240].randomElement(using: &rng)!
            case 4 where !list.isEmpty:
                let index = Int.random(in: 0..<list.count, using: &rng)
                list[index].text += " " + Self.words.randomElement(using: &rng)!
            default: list.shuffle(using: &rng)
            }
        }
        return list
    }

    @Test func stepsReachTheDesiredList() throws {
        for seed in UInt64(1)...400 {
            var rng = SplitMix64(seed: seed)
            let pool = (0..<6).map { _ in randomText(&rng) }
            let remoteCount = Int.random(in: 0...50, using: &rng)
            let remoteList = (0..<remoteCount).map { _ in randomQuestion(&rng, pool: pool) }
            let desired = Int.random(in: 0..<5, using: &rng) == 0
                ? (0..<Int.random(in: 0...50, using: &rng)).map { _ in randomQuestion(&rng, pool: pool) }
                : mutate(remoteList, &rng, pool: pool)

            let remote = Fixtures.remoteQuestions(remoteList)
            let output = QuestionStepBuilder.build(remote: remote, desired: desired)
            let start = remote.map { SimulatedQuestion(id: $0.id, content: QuestionContent($0)) }
            let result: QuestionListSimulator.Result
            do {
                result = try QuestionListSimulator.run(output.steps, on: start)
            } catch {
                Issue.record("seed \(seed): \(error)")
                continue
            }
            #expect(result.questions.map(\.content) == desired.map(QuestionContent.init), "seed \(seed)")
            #expect(result.peakCount <= 50, "seed \(seed)")
            #expect(output.changes.count { $0.kind == .create } == output.steps.count { $0.kind == .addQuestion }, "seed \(seed)")
            #expect(output.changes.count { $0.kind == .delete } == output.steps.count { $0.kind == .deleteQuestion }, "seed \(seed)")

            let surviving = Set(result.questions.map(\.id))
            let kept = output.changes.filter { $0.kind == .update || $0.kind == .move }.compactMap(\.remoteId)
            #expect(kept.allSatisfy(surviving.contains), "seed \(seed): updated questions keep their ids")

            let again = result.questions.enumerated().map { index, question in
                RemoteQuestion(id: question.id, text: question.content.text, timeLimitSeconds: question.content.timeLimitSeconds,
                               idealAnswer: question.content.idealAnswer, order: index + 1)
            }
            #expect(QuestionStepBuilder.build(remote: again, desired: desired).steps.isEmpty, "seed \(seed): re-plan not empty")

            // An apply interrupted after any step converges when planned and applied again.
            let cut = Int.random(in: 0...output.steps.count, using: &rng)
            guard let partial = try? QuestionListSimulator.run(Array(output.steps.prefix(cut)), on: start) else {
                Issue.record("seed \(seed): prefix failed")
                continue
            }
            let partialRemote = partial.questions.enumerated().map { index, question in
                RemoteQuestion(id: question.id, text: question.content.text, timeLimitSeconds: question.content.timeLimitSeconds,
                               idealAnswer: question.content.idealAnswer, order: index + 1)
            }
            let resumed = QuestionStepBuilder.build(remote: partialRemote, desired: desired)
            let finished = try? QuestionListSimulator.run(resumed.steps, on: partial.questions)
            #expect(finished?.questions.map(\.content) == desired.map(QuestionContent.init), "seed \(seed): resume after \(cut)")
        }
    }

    @Test func phasesRunInTheRequiredOrder() {
        for seed in UInt64(1000)...1100 {
            var rng = SplitMix64(seed: seed)
            let pool = (0..<4).map { _ in randomText(&rng) }
            let remoteList = (0..<Int.random(in: 1...30, using: &rng)).map { _ in randomQuestion(&rng, pool: pool) }
            let desired = mutate(remoteList, &rng, pool: pool)
            let steps = QuestionStepBuilder.build(remote: Fixtures.remoteQuestions(remoteList), desired: desired).steps
            // deletes, then updates without order, then adds, then moves (updates with order).
            let phases = steps.map { step -> Int in
                switch step {
                case .deleteQuestion: 0
                case .updateQuestion(let update): update.order == nil ? 1 : 3
                case .addQuestion: 2
                default: 4
                }
            }
            let inOrder = zip(phases, phases.dropFirst()).allSatisfy { pair in
                pair.0 <= pair.1 || (pair.0 == 3 && pair.1 == 1)
            }
            #expect(inOrder, "seed \(seed): \(phases)")
        }
    }
}
