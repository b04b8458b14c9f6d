import TaptalentContract

/// Turns a resolved tree (templates merged, vars substituted) into an `AssessmentSpec`, checking every value.
/// Returns nil when any error was found in it.
struct AssessmentBuilder {
    let sink: DiagnosticSink

    func build(_ tree: YMapping, file: String, extends: [Located<String>], vars: [String: String],
               block: QuestionsBlock) -> AssessmentSpec? {
        let errors = sink.errorCount
        let reader = ValueReader(sink: sink)
        let root = tree.location
        func entry(_ field: FieldSpec) -> YEntry? {
            guard let entry = tree.entry(field.key) else { return nil }
            // An explicit null leaves an optional key unset.
            return entry.value.isNull && !field.required ? nil : entry
        }
        func required(_ field: FieldSpec) -> YEntry? {
            guard let found = tree.entry(field.key) else {
                sink.error(.missingKey, "missing required key \"\(field.key)\"", at: root)
                return nil
            }
            return found
        }
        func flag(_ field: FieldSpec) -> Located<Bool> {
            entry(field).flatMap { reader.boolean($0, field) } ?? Located(false, at: root, isDefault: true)
        }

        let name = required(AssessmentFields.name).flatMap { reader.text($0, AssessmentFields.name) }
        let role = required(AssessmentFields.role).flatMap { reader.text($0, AssessmentFields.role) }
        let renamedFrom = entry(AssessmentFields.renamedFrom).flatMap { reader.textOrList($0, AssessmentFields.renamedFrom) }
        let id = entry(AssessmentFields.id).flatMap { reader.identifier($0, AssessmentFields.id) }
        let purpose = entry(AssessmentFields.purpose).flatMap { reader.text($0, AssessmentFields.purpose) }
        let duration = entry(AssessmentFields.durationMinutes).flatMap { reader.integer($0, AssessmentFields.durationMinutes) }
        let language = entry(AssessmentFields.language).flatMap { reader.choice($0, AssessmentFields.language) }
        let skills = entry(AssessmentFields.skills).flatMap { reader.textList($0, AssessmentFields.skills) }
        let job = entry(AssessmentFields.job).flatMap { reader.identifier($0, AssessmentFields.job) }
        let status = entry(AssessmentFields.status).flatMap { reader.choice($0, AssessmentFields.status) }
        let emailVerification = flag(AssessmentFields.emailVerification)
        let evaluateCEFR = flag(AssessmentFields.evaluateCEFR)
        let protect = flag(AssessmentFields.protect)
        let questionsEntry = tree.entry(AssessmentFields.questions.key)
        let generateEntry = tree.entry(AssessmentFields.generate.key)
        if let questionsEntry, let generateEntry {
            sink.error(.conflictingKeys, "\"questions\" and \"generate\" cannot both be set; use one",
                       at: max(questionsEntry.keyLocation, generateEntry.keyLocation))
        }
        let questions = questionsEntry.flatMap { QuestionReader(sink: sink).read($0) }
        let generate = generateEntry.flatMap(readGenerate)

        guard let name, let role, sink.errorCount == errors else { return nil }
        var keyLocations: [String: SourceLocation] = [:]
        for item in tree.entries { keyLocations[item.key] = item.keyLocation }
        return AssessmentSpec(
            file: file, location: root, name: name, renamedFrom: renamedFrom ?? [], id: id, role: role,
            purpose: purpose,
            durationMinutes: duration ?? Located(WireLimits.defaultDurationMinutes, at: root, isDefault: true),
            language: language ?? Located(WireLimits.defaultLanguage, at: root, isDefault: true),
            skills: skills ?? [], job: job,
            emailVerification: emailVerification, evaluateCEFR: evaluateCEFR,
            status: status.flatMap { located in AssessmentStatus(rawValue: located.value).map { Located($0, at: located.location) } }
                ?? Located(.active, at: root, isDefault: true),
            protect: protect,
            extends: extends, vars: vars,
            questions: generate == nil ? (questions ?? []) : nil, generate: generate,
            keyLocations: keyLocations, questionsBlock: block)
    }

    private func readGenerate(_ entry: YEntry) -> GenerateSpec? {
        guard case .mapping(let mapping) = entry.value else {
            sink.error(.wrongType, "\"generate\" must be a mapping like {count: 5}, found \(entry.value.typeDescription)",
                       at: entry.value.location)
            return nil
        }
        var count = Located(WireLimits.defaultNumberOfQuestions, at: mapping.location, isDefault: true)
        if let countEntry = mapping.entry(GenerateFields.count.key) {
            guard let value = ValueReader(sink: sink, context: "generate: ").integer(countEntry, GenerateFields.count) else {
                return nil
            }
            count = value
        }
        return GenerateSpec(count: count, location: entry.keyLocation)
    }
}
