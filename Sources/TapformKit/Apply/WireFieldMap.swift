import TapformPlan
import TaptalentAPI

/// From the API's field names (keys of an error's `details`) back to the keys of an assessment file: the
/// settings table's wire names, plus the create-only fields. Question bodies need no table: every field of
/// one points at that question (the plan steps carry the question's position, not its keys').
enum WireFieldMap {
    /// Assessment fields (create, update and auto-generate bodies) to file keys.
    static let assessment: [String: SpecKey] = Dictionary(
        uniqueKeysWithValues: AssessmentSetting.allCases.map { ($0.wireName, SpecKey($0)) } + [
            (AssessmentBodyKey.questions.stringValue, .questions),
            (AutoGenerateBody.CodingKeys.numberOfQuestions.stringValue, .generate),
        ])

    /// Question body fields to the keys of a question in a file (`order` has none: it is the list position).
    static let question: [String: QuestionKey] = [
        QuestionBody.CodingKeys.question.stringValue: .text,
        QuestionBody.CodingKeys.timeLimit.stringValue: .timeLimitSeconds,
        QuestionBody.CodingKeys.idealAnswer.stringValue: .idealAnswer,
    ]

    /// The file's name for a `details` key: `jobId` is `job`, `questions[2].timeLimit` is
    /// `questions[2].timeLimitSeconds`, a question body's `question` is `text`; nil when no part is a wire name.
    static func fileKey(of wirePath: String) -> String? {
        let path = FieldPath(wirePath)
        let root = assessment[path.root]?.rawValue ?? question[path.root]?.rawValue
        let child = path.child.map { question[$0]?.rawValue ?? $0 }
        guard root != nil || child != path.child else { return nil }
        return (root ?? path.root) + (path.index.map { "[\($0)]" } ?? "") + (child.map { "." + $0 } ?? "")
    }

    /// An API message with every quoted wire field name written as the file's key: the server's
    /// `"jobId" must reference an existing job` reads `"job" must reference an existing job`.
    static func fileKeys(in message: String) -> String {
        message.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .map { index, part in index % 2 == 1 ? fileKey(of: String(part)) ?? String(part) : String(part) }
            .joined(separator: "\"")
    }

    /// A `details` key split into its parts: `questions[2].timeLimit` is `questions`, index 2, `timeLimit`.
    struct FieldPath: Hashable {
        var root: String
        var index: Int?
        var child: String?

        init(_ path: String) {
            var head = Substring(path)
            var rest: Substring?
            if let dot = head.firstIndex(of: ".") {
                rest = head[head.index(after: dot)...]
                head = head[..<dot]
            }
            if let open = head.firstIndex(of: "["), let close = head.firstIndex(of: "]"), open < close {
                index = Int(head[head.index(after: open)..<close])
                head = head[..<open]
            }
            root = String(head)
            child = rest.map(String.init)
        }
    }
}
