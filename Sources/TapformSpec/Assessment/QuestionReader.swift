import TaptalentContract

/// Reads the resolved `questions` list: each item a mapping with `text`, optional `timeLimitSeconds` and
/// `idealAnswer`; at most 50; repeated texts (ignoring case and surrounding space) are warnings.
struct QuestionReader {
    let sink: DiagnosticSink

    func read(_ entry: YEntry) -> [QuestionSpec]? {
        let field = AssessmentFields.questions
        guard case .sequence(let sequence) = entry.value else {
            sink.error(.wrongType, "\"questions\" must be a list of questions, found \(entry.value.typeDescription)",
                       at: entry.value.location, hint: "write each question as \"- text: ...\"")
            return nil
        }
        if case .questionList(_, let maxCount) = field.kind, sequence.items.count > maxCount {
            sink.error(.tooMany, "\"questions\" holds \(sequence.items.count) questions; at most \(maxCount) are allowed",
                       at: entry.keyLocation)
        }
        var questions: [QuestionSpec] = []
        var failed = false
        var seen: [String: Int] = [:]
        for (index, item) in sequence.items.enumerated() {
            guard let question = readQuestion(item, number: index + 1) else { failed = true; continue }
            let folded = TextMeasure.folded(question.text.value)
            if let first = seen[folded] {
                sink.warning(.duplicateQuestion, "question \(index + 1) repeats the text of question \(first)",
                             at: question.text.location)
            } else {
                seen[folded] = index + 1
            }
            questions.append(question)
        }
        return failed ? nil : questions
    }

    private func readQuestion(_ item: YValue, number: Int) -> QuestionSpec? {
        guard case .mapping(let mapping) = item else {
            sink.error(.wrongType, "question \(number) must be a mapping with \"text\", found \(item.typeDescription)",
                       at: item.location, hint: "write \"- text: Your question?\"")
            return nil
        }
        let reader = ValueReader(sink: sink, context: "question \(number): ")
        let errors = sink.errorCount
        var text: Located<String>?
        if let entry = mapping.entry(QuestionFields.text.key) {
            text = reader.text(entry, QuestionFields.text)
        } else {
            sink.error(.missingKey, "question \(number) has no \"text\"", at: mapping.location)
        }
        var timeLimit = Located(WireLimits.defaultTimeLimitSeconds, at: mapping.location, isDefault: true)
        if let entry = mapping.entry(QuestionFields.timeLimitSeconds.key) {
            timeLimit = reader.integer(entry, QuestionFields.timeLimitSeconds) ?? timeLimit
        }
        var idealAnswer: Located<String>?
        if let entry = mapping.entry(QuestionFields.idealAnswer.key), !entry.value.isNull {
            idealAnswer = reader.text(entry, QuestionFields.idealAnswer)
        }
        guard let text, sink.errorCount == errors else { return nil }
        return QuestionSpec(text: text, timeLimitSeconds: timeLimit, idealAnswer: idealAnswer, location: item.location)
    }
}
