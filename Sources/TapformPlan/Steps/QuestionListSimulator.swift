/// A question in a simulated remote list.
public struct SimulatedQuestion: Sendable, Hashable {
    public var id: String
    public var content: QuestionContent

    public init(id: String, content: QuestionContent) {
        self.id = id
        self.content = content
    }

    /// A remote assessment's questions, in remote order.
    public static func list(of remote: RemoteAssessment) -> [SimulatedQuestion] {
        remote.orderedQuestions.map { SimulatedQuestion(id: $0.id, content: QuestionContent($0)) }
    }
}

/// A step the API would refuse.
public struct SimulationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var stepIndex: Int
    public var message: String
    public var description: String { "step \(stepIndex + 1): \(message)" }
}

/// Applies plan steps to a question list with the API's semantics (taptalent-api.md):
/// - add with `order` inserts there (1...count+1) and shifts later ones down; without `order` appends;
/// - update with `order` takes the question out and puts it back at that position (1...count);
/// - delete closes the gap;
/// - an assessment holds at most 50 questions at every moment.
/// Settings updates do not touch questions; a create starts the list from its inline questions.
public enum QuestionListSimulator {
    public static let questionLimit = 50

    public struct Result: Sendable, Hashable {
        public var questions: [SimulatedQuestion]
        /// The largest number of questions held at any moment.
        public var peakCount: Int
    }

    public static func run(_ steps: [PlanStep], on start: [SimulatedQuestion]) throws(SimulationError) -> Result {
        var list = start
        var peak = list.count
        var nextId = 1
        func newId() -> String {
            defer { nextId += 1 }
            return "simulated-\(nextId)"
        }
        for (index, step) in steps.enumerated() {
            func fail(_ message: String) -> SimulationError { SimulationError(stepIndex: index, message: message) }
            switch step {
            case .createAssessment(let create):
                list = create.questions.map { SimulatedQuestion(id: newId(), content: $0) }
            case .autoGenerate, .updateSettings:
                break
            case .deleteQuestion(let delete):
                guard let position = list.firstIndex(where: { $0.id == delete.questionId }) else {
                    throw fail("no question \(delete.questionId) to delete")
                }
                list.remove(at: position)
            case .updateQuestion(let update):
                guard let position = list.firstIndex(where: { $0.id == update.questionId }) else {
                    throw fail("no question \(update.questionId) to update")
                }
                var question = list[position]
                if let text = update.text { question.content.text = text }
                if let limit = update.timeLimitSeconds { question.content.timeLimitSeconds = limit }
                if let ideal = update.idealAnswer { question.content.idealAnswer = ideal.value }
                list[position] = question
                if let order = update.order {
                    guard (1...list.count).contains(order) else { throw fail("order \(order) outside 1...\(list.count)") }
                    list.remove(at: position)
                    list.insert(question, at: order - 1)
                }
            case .addQuestion(let add):
                let question = SimulatedQuestion(id: newId(), content: add.content)
                if let order = add.order {
                    guard (1...list.count + 1).contains(order) else {
                        throw fail("order \(order) outside 1...\(list.count + 1)")
                    }
                    list.insert(question, at: order - 1)
                } else {
                    list.append(question)
                }
            }
            peak = max(peak, list.count)
            if list.count > questionLimit {
                throw fail("\(list.count) questions, more than the limit of \(questionLimit)")
            }
        }
        return Result(questions: list, peakCount: peak)
    }
}
