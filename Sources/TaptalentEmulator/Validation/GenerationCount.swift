import TaptalentAPI

extension GenerationInput {
    /// Reads the body of `POST /assessment/:id/generate-questions`: `numberOfQuestions`, 1...20, default 5.
    static func count(_ body: JSONValue) throws(APIError) -> Int {
        let key = AutoGenerateBody.CodingKeys.numberOfQuestions
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: [key])
        let count = reader.integer(key, range: WireLimits.numberOfQuestions)
        guard reader.isValid else { throw .invalid(reader.errors) }
        return count ?? WireLimits.defaultNumberOfQuestions
    }
}
