/// Turns a question matching into the changes a reader sees and the API steps that make them, in the
/// order the 50-question limit and the ordering need (docs/architecture.md, step 5): deletes, updates, creates, moves.
///
/// Positions: questions that keep their relative order stay where they are: an increasing subsequence
/// of the remaining questions by desired position with the most unchanged questions, then the most
/// edited ones. Each created question is inserted right after its nearest desired predecessor among
/// those that stay and those already created (or appended when that is the last one). Then the other
/// questions move, in desired order, to right after their desired predecessor. So steps are as few as
/// possible for the matching (a question never moved keeps its order relative to the others never
/// moved, so those form such a subsequence), every `order` is valid when it is sent,
/// deletes run before adds (the 50-question limit holds when both lists are within it), and the final
/// order is the desired one. A question both edited and moved gets one update carrying its new order.
public struct QuestionStepBuilder {
    public struct Output: Sendable, Hashable {
        public var changes: [QuestionChange]
        public var steps: [PlanStep]
    }

    /// One question in the working list: its remote id (nil when created) and its desired index.
    private struct Slot {
        var remoteId: String?
        var desired: Int
    }

    public static func build(remote: [RemoteQuestion], desired: [DesiredQuestion]) -> Output {
        let remoteContent = remote.map(QuestionContent.init)
        let desiredContent = desired.map(QuestionContent.init)
        if remoteContent == desiredContent { return Output(changes: [], steps: []) }
        let matching = QuestionMatcher.match(remote: remoteContent, desired: desiredContent)

        var changes: [QuestionChange] = []
        var steps: [PlanStep] = []
        for r in matching.deletes.reversed() {
            steps.append(.deleteQuestion(.init(questionId: remote[r].id, text: remoteContent[r].text)))
        }
        for r in matching.deletes {
            changes.append(.init(kind: .delete, text: remoteContent[r].text, from: r + 1, to: nil, remoteId: remote[r].id))
        }

        var list = matching.pairs.map { Slot(remoteId: remote[$0.remote].id, desired: $0.desired) }
        // Unchanged questions outweigh all edited ones together: an edited question carries its move in
        // its update for free, an unchanged one needs a step of its own.
        let weights = matching.pairs.map { $0.identical ? matching.pairs.count + 1 : 1 }
        let staying = Set(SequenceAlgorithms.heaviestIncreasingSubsequence(list.map(\.desired), weights: weights)
            .map { list[$0].desired })
        var pairByDesired: [Int: QuestionMatching.Pair] = [:]
        for pair in matching.pairs { pairByDesired[pair.desired] = pair }

        func edit(_ pair: QuestionMatching.Pair, order: Int?) -> UpdateQuestionStep {
            let old = remoteContent[pair.remote], new = desiredContent[pair.desired]
            return UpdateQuestionStep(
                questionId: remote[pair.remote].id,
                text: old.text == new.text ? nil : new.text,
                timeLimitSeconds: old.timeLimitSeconds == new.timeLimitSeconds ? nil : new.timeLimitSeconds,
                idealAnswer: old.idealAnswer == new.idealAnswer ? nil : NewValue(new.idealAnswer),
                order: order, location: desired[pair.desired].location)
        }

        // Updates of questions that stay in place.
        for pair in matching.pairs where !pair.identical && staying.contains(pair.desired) {
            steps.append(.updateQuestion(edit(pair, order: nil)))
        }

        // Creates, each after its nearest settled predecessor.
        var settled = staying
        for d in matching.creates {
            let predecessor = list.indices.filter { settled.contains(list[$0].desired) && list[$0].desired < d }
                .max { list[$0].desired < list[$1].desired }
            let insertAt = predecessor.map { $0 + 1 } ?? 0
            list.insert(Slot(remoteId: nil, desired: d), at: insertAt)
            settled.insert(d)
            steps.append(.addQuestion(.init(
                content: desiredContent[d], order: insertAt == list.count - 1 ? nil : insertAt + 1,
                location: desired[d].location)))
        }

        // Moves, in desired order, each right after its desired predecessor.
        var moved: Set<Int> = []
        for d in desired.indices where !settled.contains(d) {
            guard let pair = pairByDesired[d], let current = list.firstIndex(where: { $0.desired == d }) else { continue }
            let slot = list.remove(at: current)
            let target = d == 0 ? 0 : list.firstIndex(where: { $0.desired == d - 1 })! + 1
            list.insert(slot, at: target)
            if target == current {
                if !pair.identical { steps.append(.updateQuestion(edit(pair, order: nil))) }
            } else {
                moved.insert(d)
                steps.append(.updateQuestion(edit(pair, order: target + 1)))
            }
        }

        for d in desired.indices {
            let location = desired[d].location
            if let pair = pairByDesired[d] {
                let diffs = fieldDiffs(remoteContent[pair.remote], desiredContent[pair.desired], desired[d])
                guard !diffs.isEmpty || moved.contains(d) else { continue }
                changes.append(.init(
                    kind: diffs.isEmpty ? .move : .update, text: desiredContent[d].text, from: pair.remote + 1,
                    to: d + 1, moved: moved.contains(d), fieldDiffs: diffs, remoteId: remote[pair.remote].id,
                    location: location))
            } else {
                changes.append(.init(kind: .create, text: desiredContent[d].text, from: nil, to: d + 1, location: location))
            }
        }
        return Output(changes: changes, steps: steps)
    }

    static func fieldDiffs(_ old: QuestionContent, _ new: QuestionContent, _ source: DesiredQuestion) -> [FieldDiff] {
        var diffs: [FieldDiff] = []
        if old.text != new.text {
            diffs.append(.init(field: QuestionKey.text.rawValue, old: .text(old.text), new: .text(new.text),
                               location: source.location(of: .text)))
        }
        if old.timeLimitSeconds != new.timeLimitSeconds {
            diffs.append(.init(field: QuestionKey.timeLimitSeconds.rawValue, old: .integer(old.timeLimitSeconds),
                               new: .integer(new.timeLimitSeconds), location: source.location(of: .timeLimitSeconds)))
        }
        if old.idealAnswer != new.idealAnswer {
            diffs.append(.init(field: QuestionKey.idealAnswer.rawValue, old: old.idealAnswer.map(FieldValue.text),
                               new: new.idealAnswer.map(FieldValue.text), location: source.location(of: .idealAnswer)))
        }
        return diffs
    }
}
