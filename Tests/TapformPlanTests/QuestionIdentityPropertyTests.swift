import Testing
@testable import TapformPlan
import TapformSupport

/// Question identity when moves and edits happen in one change, checked against a brute-force oracle.
///
/// "Minimal" means: over every matching of remote to desired questions in which each pair is similar
/// (`QuestionMatchingOracle.similar`), the fewest API steps — one per delete, one per create, one per
/// edited pair (an edit can carry a move), one per unchanged pair that must move. For a fixed matching
/// the fewest moves are the unchanged pairs outside a longest chain of unchanged pairs that keep their
/// relative order (every moved question is taken out and put back once; those never moved keep their
/// order). The engine's step count must equal that minimum.
@Suite("Question identity, random moves and edits")
struct QuestionIdentityPropertyTests {
    /// A question's words: its own vocabulary, so that two different questions are never similar.
    private func text(_ id: Int, words: Int) -> String {
        "Q\(id): " + (0..<words).map { "w\(id)x\($0)" }.joined(separator: " ") + "?"
    }

    private struct Case {
        var remote: [DesiredQuestion]
        var desired: [DesiredQuestion]
        /// Remote positions of the questions edited (text reworded, or the same text with another time
        /// limit or ideal answer).
        var edited: Set<Int>
    }

    /// Distinct questions; some moved, some edited, sometimes one deleted or one added.
    private func randomCase(_ rng: inout SplitMix64, maxCount: Int) -> Case {
        let count = Int.random(in: 1...maxCount, using: &rng)
        let remote = (0..<count).map { Fixtures.question(text($0, words: Int.random(in: 5...10, using: &rng))) }
        // Each desired entry remembers the remote position it comes from (nil when new).
        var desired: [(origin: Int?, question: DesiredQuestion)] = remote.enumerated().map { ($0.offset, $0.element) }
        var edited: Set<Int> = []
        var added = 0
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0...3 where desired.count > 1:
                let item = desired.remove(at: Int.random(in: 0..<desired.count, using: &rng))
                desired.insert(item, at: Int.random(in: 0...desired.count, using: &rng))
            case 4...7:
                let index = Int.random(in: 0..<desired.count, using: &rng)
                // At most one edit a question: two could take it below the threshold.
                guard let origin = desired[index].origin, !edited.contains(origin) else { continue }
                edit(&desired[index].question, &rng)
                edited.insert(origin)
            case 8 where desired.count > 1:
                desired.remove(at: Int.random(in: 0..<desired.count, using: &rng))
            case 9 where desired.count < maxCount + 1:
                added += 1
                desired.insert((nil, Fixtures.question(text(100 + added, words: 6))),
                               at: Int.random(in: 0...desired.count, using: &rng))
            default:
                continue
            }
        }
        // A question deleted after being edited is no longer an edited question.
        let kept = Set(desired.compactMap(\.origin))
        return Case(remote: remote, desired: desired.map(\.question), edited: edited.intersection(kept))
    }

    /// One edit that keeps the question similar: a word replaced, added or removed, or another time
    /// limit or ideal answer with the same text.
    private func edit(_ question: inout DesiredQuestion, _ rng: inout SplitMix64) {
        let before = question
        var words = question.text.dropLast().split(separator: " ").map(String.init)
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: words[Int.random(in: 1..<words.count, using: &rng)] = "reworded\(Int.random(in: 0..<1000, using: &rng))"
        case 1: words.insert("also", at: Int.random(in: 1...words.count, using: &rng))
        case 2 where words.count > 5: words.remove(at: Int.random(in: 1..<words.count, using: &rng))
        case 3: question.timeLimitSeconds = (question.timeLimitSeconds ?? 120) + 60
        default: question.idealAnswer = (question.idealAnswer ?? "Mentions") + " trade-offs"
        }
        question.text = words.joined(separator: " ") + "?"
        if QuestionContent(question) == QuestionContent(before) { question.timeLimitSeconds = (question.timeLimitSeconds ?? 120) + 30 }
        precondition(QuestionMatchingOracle.similar(QuestionContent(before), QuestionContent(question)))
    }

    @Test func editedQuestionsKeepTheirIdentityAndStepsAreMinimal() throws {
        for seed in UInt64(1)...1_000 {
            var rng = SplitMix64(seed: seed)
            let testCase = randomCase(&rng, maxCount: 6)
            let remote = Fixtures.remoteQuestions(testCase.remote)
            let output = QuestionStepBuilder.build(remote: remote, desired: testCase.desired)
            let label = "seed \(seed): remote \(testCase.remote.map(\.text)) desired \(testCase.desired.map(\.text))"

            let start = remote.map { SimulatedQuestion(id: $0.id, content: QuestionContent($0)) }
            let result = try QuestionListSimulator.run(output.steps, on: start)
            #expect(result.questions.map(\.content) == testCase.desired.map(QuestionContent.init), "\(label)")

            for origin in testCase.edited {
                let id = remote[origin].id
                #expect(output.changes.contains { $0.kind == .update && $0.remoteId == id },
                        "\(label): edited question \(id) is not an update: \(output.changes.map { "\($0.kind) \($0.remoteId ?? "new")" })")
                #expect(!output.changes.contains { $0.kind == .delete && $0.remoteId == id }, "\(label): \(id) deleted")
            }

            let minimum = QuestionMatchingOracle.fewestSteps(
                remote: remote.map(QuestionContent.init), desired: testCase.desired.map(QuestionContent.init))
            #expect(output.steps.count == minimum, "\(label): \(output.steps.count) steps, the fewest is \(minimum)")
        }
    }

    /// Texts from a few shared words, so that different questions are often similar to several others,
    /// with duplicates and time limits changed: the general case. Here the fewest steps could sometimes
    /// come from turning an unchanged question into another one (and another into it); the rule keeps
    /// every unchanged question, then every same-text question, and is minimal under that.
    @Test func crossSimilarQuestionsKeepUnchangedOnesAndAreMinimalUnderThatRule() throws {
        let words = ["design", "cache", "queue", "team", "budget", "release"]
        for seed in UInt64(1)...800 {
            var rng = SplitMix64(seed: seed)
            func random() -> DesiredQuestion {
                let text = (0..<Int.random(in: 2...4, using: &rng)).map { _ in words.randomElement(using: &rng)! }
                return Fixtures.question(text.joined(separator: " ") + "?", [60, 120].randomElement(using: &rng)!)
            }
            let remoteList = (0..<Int.random(in: 0...5, using: &rng)).map { _ in random() }
            var desired = remoteList.shuffled(using: &rng)
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                if !desired.isEmpty, Bool.random(using: &rng) { desired.remove(at: Int.random(in: 0..<desired.count, using: &rng)) }
                if desired.count < 5 { desired.insert(random(), at: Int.random(in: 0...desired.count, using: &rng)) }
            }
            let remote = Fixtures.remoteQuestions(remoteList)
            let output = QuestionStepBuilder.build(remote: remote, desired: desired)
            let start = remote.map { SimulatedQuestion(id: $0.id, content: QuestionContent($0)) }
            let result = try QuestionListSimulator.run(output.steps, on: start)
            let label = "seed \(seed): remote \(remoteList.map(\.text)) desired \(desired.map(\.text))"
            #expect(result.questions.map(\.content) == desired.map(QuestionContent.init), "\(label)")
            let minimum = QuestionMatchingOracle.fewestSteps(
                remote: remote.map(QuestionContent.init), desired: desired.map(QuestionContent.init), keepingUnchanged: true)
            #expect(output.steps.count == minimum, "\(label): \(output.steps.count) steps, the fewest is \(minimum)")
        }
    }

    /// The case from the issue, fixed: `C` is edited while `B` moves to the front. Anchoring on `B`
    /// put `C` and its edit in different stretches of the list.
    @Test func editedQuestionKeepsItsIdentityWhenAnotherMovesAcrossIt() {
        let a = text(1, words: 6), b = text(2, words: 6), c = text(3, words: 6)
        let edited = c.replacingOccurrences(of: "w3x5", with: "reworded")
        let remote = Fixtures.remoteQuestions([a, c, b].map { Fixtures.question($0) })
        let output = QuestionStepBuilder.build(remote: remote, desired: [b, a, edited].map { Fixtures.question($0) })
        #expect(output.changes.map(\.kind) == [.move, .update])
        #expect(output.changes.last?.remoteId == "q2")
        #expect(output.steps.count == 2)
    }

    /// An unchanged question stays and an edited one moves with its edit (one step), rather than the
    /// edited one staying and the unchanged one moving (two steps).
    @Test func theEditedQuestionCarriesTheMove() {
        let a = text(1, words: 6), b = text(2, words: 6)
        let remote = Fixtures.remoteQuestions([a, b].map { Fixtures.question($0) })
        let output = QuestionStepBuilder.build(remote: remote, desired: [b + " Why?", a].map { Fixtures.question($0) })
        #expect(output.steps.count == 1)
        #expect(output.changes.map(\.kind) == [.update])
        #expect(output.changes.first?.moved == true)
    }
}

/// The brute-force reference for `QuestionIdentityPropertyTests`: enumerates every matching.
enum QuestionMatchingOracle {
    /// The matcher's rule for one question edited into another: equal texts (other fields changed), or
    /// word similarity at least the threshold.
    static func similar(_ a: QuestionContent, _ b: QuestionContent) -> Bool {
        a.text == b.text
            || TextSimilarity.jaccard(TextSimilarity.words(of: a.text), TextSimilarity.words(of: b.text)) >= TextSimilarity.threshold
    }

    /// The fewest steps over all matchings whose pairs are all similar. With `keepingUnchanged`, only
    /// over the matchings with the most identical pairs and, among those, the most same-text pairs.
    /// Small lists only (≤ 7 a side).
    static func fewestSteps(remote: [QuestionContent], desired: [QuestionContent], keepingUnchanged: Bool = false) -> Int {
        precondition(remote.count <= 7 && desired.count <= 7, "the oracle enumerates every matching")
        // Compared as tuples: (identical pairs, same-text pairs) when keeping unchanged ones, then -steps.
        var best = (identical: Int.min, sameText: Int.min, steps: Int.max)
        var used = [Bool](repeating: false, count: desired.count)
        var pairs: [(remote: Int, desired: Int)] = []
        func visit(_ r: Int) {
            if r == remote.count {
                let identical = keepingUnchanged ? pairs.count { remote[$0.remote] == desired[$0.desired] } : 0
                let sameText = keepingUnchanged ? pairs.count { remote[$0.remote].text == desired[$0.desired].text } : 0
                let candidate = (identical, sameText, steps(pairs, remote: remote, desired: desired))
                if (candidate.0, candidate.1, -candidate.2) > (best.identical, best.sameText, -best.steps) { best = candidate }
                return
            }
            visit(r + 1)
            for d in desired.indices where !used[d] && similar(remote[r], desired[d]) {
                used[d] = true
                pairs.append((r, d))
                visit(r + 1)
                pairs.removeLast()
                used[d] = false
            }
        }
        visit(0)
        return best.steps
    }

    /// Steps for one matching (`pairs` in remote order): deletes, creates, one per edited pair, and one
    /// per unchanged pair outside a longest order-keeping chain of unchanged pairs.
    private static func steps(_ pairs: [(remote: Int, desired: Int)], remote: [QuestionContent], desired: [QuestionContent]) -> Int {
        let unchanged = pairs.filter { remote[$0.remote] == desired[$0.desired] }.map(\.desired)
        var chain = [Int](repeating: 1, count: unchanged.count)   // longest increasing run ending at each
        for i in unchanged.indices {
            for j in 0..<i where unchanged[j] < unchanged[i] { chain[i] = max(chain[i], chain[j] + 1) }
        }
        let staying = chain.max() ?? 0
        let edited = pairs.count - unchanged.count
        return (remote.count - pairs.count) + (desired.count - pairs.count) + edited + (unchanged.count - staying)
    }
}
