import TaptalentAPI

/// Validates the bodies of create, update and auto-generate into the Wire body types (strings trimmed).
enum AssessmentInput {
    private typealias Key = AssessmentBodyKey

    /// The settings' wire fields.
    private static let writableKeys: [any CodingKey] = AssessmentSetting.allCases.map(\.wireKey)

    /// `POST /assessment/audio-interviews`: testName and hiringForRole required, optional inline questions.
    static func create(_ body: JSONValue) throws(APIError) -> AssessmentBody {
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: writableKeys + [Key.questions])
        var fields = readFields(&reader, requireName: true, requireRole: true)
        if let items = reader.array(Key.questions) {
            if items.count > WireLimits.maxQuestions {
                reader.fail(Key.questions) { FieldMessage.maxItems($0, WireLimits.maxQuestions) }
            } else {
                fields.questions = items.enumerated().map { index, item in
                    var itemReader = FieldReader(item, path: reader.itemPath(Key.questions, index))
                    let question = QuestionInput.read(&itemReader, requireText: true)
                    reader.absorb(itemReader)
                    return question
                }
            }
        }
        guard reader.isValid else { throw .invalid(reader.errors) }
        return fields
    }

    /// `PUT /assessment/:id`: any subset of the writable fields.
    static func update(_ body: JSONValue) throws(APIError) -> AssessmentBody {
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: writableKeys)
        let fields = readFields(&reader, requireName: false, requireRole: false)
        guard reader.isValid else { throw .invalid(reader.errors) }
        return fields
    }

    /// `POST /assessment/auto-generate`: the create fields (testName required), either jobId or
    /// hiringForRole, and numberOfQuestions.
    static func autoGenerate(_ body: JSONValue) throws(APIError) -> AutoGenerateBody {
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: writableKeys + [AutoGenerateBody.CodingKeys.numberOfQuestions])
        let fields = readFields(&reader, requireName: true, requireRole: false)
        let count = reader.integer(AutoGenerateBody.CodingKeys.numberOfQuestions, range: WireLimits.numberOfQuestions)
        if !reader.has(Key.jobId) || fields.jobId == .null, !reader.has(Key.hiringForRole) {
            reader.fail(Key.hiringForRole) { "\"\($0)\" is required when \"\(Key.jobId.stringValue)\" is not given" }
        }
        guard reader.isValid else { throw .invalid(reader.errors) }
        return AutoGenerateBody(assessment: fields, numberOfQuestions: count ?? WireLimits.defaultNumberOfQuestions)
    }

    private static func readFields(_ reader: inout FieldReader, requireName: Bool, requireRole: Bool) -> AssessmentBody {
        AssessmentBody(
            testName: reader.string(Key.testName, length: WireLimits.testNameLength, required: requireName),
            jobId: reader.nullableIdentifier(Key.jobId, length: 1...100),
            status: reader.oneOf(Key.status, WireStatus.all),
            hiringForRole: reader.string(Key.hiringForRole, length: WireLimits.hiringForRoleLength, required: requireRole),
            purposeOfInterview: reader.nullableString(Key.purposeOfInterview, length: 0...WireLimits.purposeMaxLength),
            duration: reader.integer(Key.duration, range: WireLimits.durationMinutes),
            aiLanguage: reader.oneOf(Key.aiLanguage, WireLimits.languages),
            skills: reader.stringList(Key.skills, maxItems: WireLimits.maxSkills, itemLength: WireLimits.skillLength),
            isEmailVerificationRequired: reader.bool(Key.isEmailVerificationRequired),
            shouldEvaluateCEFR: reader.bool(Key.shouldEvaluateCEFR)
        )
    }
}
