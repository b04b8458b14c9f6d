/// What `pull` or `generate` did to one assessment file.
public struct SeededFile: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        /// The file's `questions:` block was replaced.
        case replacedQuestions
        /// The file's `generate:` block became a `questions:` block: the file owns the questions now.
        case replacedGenerate
        /// The file had neither block (or inherited `generate:` from a template): a block was added at the end.
        case appended
        /// The file already held exactly these questions; it was not written.
        case unchanged
    }

    /// The assessment's name, as the file declares it.
    public var name: String
    /// The file, relative to the project root.
    public var file: String
    public var remoteId: String
    /// Questions now in the file.
    public var questionCount: Int
    public var action: Action
    /// Things the user should know, e.g. that the file's previous questions differed from the account's.
    public var notes: [String]

    public init(name: String, file: String, remoteId: String, questionCount: Int, action: Action, notes: [String] = []) {
        self.name = name
        self.file = file
        self.remoteId = remoteId
        self.questionCount = questionCount
        self.action = action
        self.notes = notes
    }

    /// One line for the terminal, e.g. `assessments/x.yaml: wrote 12 questions of "X" (generate: replaced by questions:)`.
    public var summary: String {
        let questions = questionCount == 1 ? "1 question" : "\(questionCount) questions"
        switch action {
        case .replacedQuestions: return "\(file): wrote \(questions) of \"\(name)\""
        case .replacedGenerate: return "\(file): wrote \(questions) of \"\(name)\" (its generate: block is now a questions: block)"
        case .appended: return "\(file): wrote \(questions) of \"\(name)\" (added a questions: block)"
        case .unchanged: return "\(file): already holds the \(questions) of \"\(name)\"; not written"
        }
    }
}
