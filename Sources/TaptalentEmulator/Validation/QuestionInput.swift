import TaptalentAPI

/// Validates question bodies: inline in a create, `POST .../questions` and `PUT .../questions/:id`.
enum QuestionInput {
    private typealias Key = QuestionBody.CodingKeys
    private static let keys = [Key.question, Key.timeLimit, Key.idealAnswer, Key.order]

    /// `POST /assessment/:id/questions`: question required; order (when given) is checked by the store.
    static func add(_ body: JSONValue) throws(APIError) -> QuestionBody {
        var reader = FieldReader(body)
        let question = read(&reader, requireText: true)
        guard reader.isValid else { throw .invalid(reader.errors) }
        return question
    }

    /// `PUT /assessment/:id/questions/:qid`: any subset.
    static func update(_ body: JSONValue) throws(APIError) -> QuestionBody {
        var reader = FieldReader(body)
        let question = read(&reader, requireText: false)
        guard reader.isValid else { throw .invalid(reader.errors) }
        return question
    }

    /// Reads one question object, rejecting unknown fields.
    static func read(_ reader: inout FieldReader, requireText: Bool) -> QuestionBody {
        reader.rejectUnknown(allowing: keys)
        return QuestionBody(
            question: reader.string(Key.question, length: WireLimits.questionTextLength, required: requireText),
            timeLimit: reader.integer(Key.timeLimit, range: WireLimits.timeLimitSeconds),
            idealAnswer: reader.nullableString(Key.idealAnswer, length: 0...WireLimits.idealAnswerMaxLength),
            order: reader.integer(Key.order, range: 1...Int(Int32.max))
        )
    }
}
