import TapformPlan
import TapformSpec
import TaptalentContract

extension QuestionValues {
    /// A remote question as `pull`, `generate` and `import` write it: the text as the account holds it, the
    /// time limit only when it is not the default (120 s), the ideal answer only when it is not blank.
    init(_ remote: RemoteQuestion) {
        let limit = remote.timeLimitSeconds.flatMap { $0 == WireLimits.defaultTimeLimitSeconds ? nil : $0 }
        let ideal = remote.idealAnswer.flatMap { TextNormalizer.normalizeOptional($0) == nil ? nil : $0 }
        self.init(text: remote.text, timeLimitSeconds: limit, idealAnswer: ideal)
    }

    /// The remote assessment's questions in their order, as file values.
    static func all(of remote: RemoteAssessment) -> [QuestionValues] {
        remote.orderedQuestions.map(QuestionValues.init)
    }
}
