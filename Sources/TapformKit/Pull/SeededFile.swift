/// What `pull` or `generate` did to one assessment file.
public struct SeededFile: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        /// The file's `questions:` block was replaced.
        case replacedQuestions
        /// The file's `generate:` block became a `questions:` block: the file owns the questions now.
        case replacedGenerate
        /// The file had neither block (or inherited `generate:` from a template): a block was added at the end.
        case appended
        /// The file already held exactly these questions; its questions were not written.
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
    /// The settings `pull` took from the account, as `durationMinutes: 25 → 35`.
    public var settingChanges: [String] = []

    public init(name: String, file: String, remoteId: String, questionCount: Int, action: Action, notes: [String] = []) {
        self.name = name
        self.file = file
        self.remoteId = remoteId
        self.questionCount = questionCount
        self.action = action
        self.notes = notes
    }

    /// One line for the terminal, e.g. `assessments/x.yaml: wrote 12 questions of "X" (generate: replaced by
    /// questions:)`, then one line per setting taken from the account.
    public var summary: String {
        let questions = questionCount == 1 ? "1 question" : "\(questionCount) questions"
        let settings = settingChanges.count == 1 ? "1 setting" : "\(settingChanges.count) settings"
        var line: String
        switch action {
        case .replacedQuestions: line = "\(file): wrote \(questions) of \"\(name)\""
        case .replacedGenerate: line = "\(file): wrote \(questions) of \"\(name)\" (its generate: block is now a questions: block)"
        case .appended: line = "\(file): wrote \(questions) of \"\(name)\" (added a questions: block)"
        case .unchanged where settingChanges.isEmpty: return "\(file): already holds the \(questions) of \"\(name)\"; not written"
        case .unchanged: line = "\(file): wrote \(settings) of \"\(name)\" (its questions already matched)"
        }
        if action != .unchanged && !settingChanges.isEmpty { line += " and \(settings)" }
        return ([line] + settingChanges.map { "  \($0)" }).joined(separator: "\n")
    }
}
