import TapformPlan
import TapformSpec

/// Compares a file's questions with a remote list in normal form (what `plan` compares).
enum QuestionListComparison {
    static func same(_ file: [QuestionSpec], _ remote: [RemoteQuestion]) -> Bool {
        let desired = file.map {
            QuestionContent(text: $0.text.value, timeLimitSeconds: $0.timeLimitSeconds.value, idealAnswer: $0.idealAnswer?.value)
        }
        return desired == remote.map(QuestionContent.init)
    }
}
