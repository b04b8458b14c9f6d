/// A question to write into a file (from the remote, on `pull`, `generate` and `import`).
public struct QuestionValues: Sendable, Hashable {
    public var text: String
    /// Written when not nil (callers usually pass nil for the default, 120).
    public var timeLimitSeconds: Int?
    public var idealAnswer: String?

    public init(text: String, timeLimitSeconds: Int? = nil, idealAnswer: String? = nil) {
        self.text = text
        self.timeLimitSeconds = timeLimitSeconds
        self.idealAnswer = idealAnswer
    }
}

enum QuestionListWriter {
    /// `questions:` and its items, each line ending in "\n"; `questions: []` when empty.
    static func block(_ questions: [QuestionValues]) -> String {
        guard !questions.isEmpty else { return "questions: []\n" }
        var out = "questions:\n"
        for question in questions {
            out += "  - text: \(YAMLScalarWriter.scalar(question.text))\n"
            if let seconds = question.timeLimitSeconds { out += "    timeLimitSeconds: \(seconds)\n" }
            if let answer = question.idealAnswer { out += "    idealAnswer: \(YAMLScalarWriter.scalar(answer))\n" }
        }
        return out
    }
}
