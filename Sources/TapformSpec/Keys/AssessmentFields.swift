import TaptalentContract

/// The keys of an assessment file (and of a template, where every key is optional), in the order `import`
/// writes them.
enum AssessmentFields {
    static let version = FieldSpec("version", .integer(1...SpecLimits.formatVersion),
        "File format version. Optional; a file with a newer version needs a newer tapform.")
    static let name = FieldSpec(AssessmentSetting.name.fileKey, .text(length: WireLimits.testNameLength), required: true,
        "The assessment's name, unique in the account; it identifies the assessment.")
    static let renamedFrom = FieldSpec("renamedFrom", .textOrTextList,
        "Earlier names of this assessment, so that a rename updates it instead of creating a new one.")
    static let id = FieldSpec("id", .identifier,
        "The remote assessment id, to adopt an existing assessment or to tell apart two with one name.")
    static let role = FieldSpec(AssessmentSetting.role.fileKey, .text(length: WireLimits.hiringForRoleLength), required: true,
        "The role being hired for.")
    static let purpose = FieldSpec(AssessmentSetting.purpose.fileKey, .text(length: 0...WireLimits.purposeMaxLength),
        "What the interview should find out.")
    static let durationMinutes = FieldSpec(AssessmentSetting.durationMinutes.fileKey, .integer(WireLimits.durationMinutes),
        default: .int(WireLimits.defaultDurationMinutes), "Interview length in minutes.")
    static let language = FieldSpec(AssessmentSetting.language.fileKey, .choice(WireLimits.languages),
        default: .string(WireLimits.defaultLanguage), "The language the voice interviewer speaks.")
    static let skills = FieldSpec(AssessmentSetting.skills.fileKey,
        .textList(maxCount: WireLimits.maxSkills, itemLength: WireLimits.skillLength),
        "Skills the interview covers; no duplicates ignoring case.")
    static let job = FieldSpec(AssessmentSetting.job.fileKey, .identifier,
        "The id of a job in the account (written as a string; a number is accepted).")
    static let emailVerification = FieldSpec(AssessmentSetting.emailVerification.fileKey, .boolean, default: .bool(false),
        "Whether candidates must verify their email address.")
    static let evaluateCEFR = FieldSpec(AssessmentSetting.evaluateCEFR.fileKey, .boolean, default: .bool(false),
        "Whether to also grade the candidate's CEFR language level.")
    static let status = FieldSpec(AssessmentSetting.status.fileKey, .choice(AssessmentStatus.allCases.map(\.rawValue)),
        default: .string(AssessmentStatus.active.rawValue),
        "active, or inactive to retire the assessment (there is no delete).")
    static let protect = FieldSpec("protect", .boolean, default: .bool(false),
        "When true, plan refuses to delete questions or deactivate this assessment.")
    static let extends = FieldSpec("extends", .textOrTextList,
        "Template name(s) under templates/ (without extension), applied in order; this file wins.")
    static let vars = FieldSpec("vars", .varMap,
        "Values for ${name} placeholders in this file and its templates. Write $${ for a literal ${.")
    static let questions = FieldSpec("questions",
        .questionList(item: QuestionFields.all, maxCount: WireLimits.maxQuestions),
        "The questions, in order. A list replaces a template's questions; {append: [...], prepend: [...]} keeps them and adds.")
    static let generate = FieldSpec("generate", .object(GenerateFields.all),
        "Instead of questions: have the service generate them when the assessment is created.")

    /// The key of a setting.
    static func field(_ setting: AssessmentSetting) -> FieldSpec {
        switch setting {
        case .name: name
        case .role: role
        case .purpose: purpose
        case .durationMinutes: durationMinutes
        case .language: language
        case .skills: skills
        case .job: job
        case .emailVerification: emailVerification
        case .evaluateCEFR: evaluateCEFR
        case .status: status
        }
    }

    static let all: [FieldSpec] = [
        version, name, renamedFrom, id, role, purpose, durationMinutes, language, skills, job,
        emailVerification, evaluateCEFR, status, protect, extends, vars, questions, generate,
    ]
}

enum QuestionFields {
    static let text = FieldSpec("text", .text(length: WireLimits.questionTextLength), required: true,
        "What the voice interviewer asks.")
    static let timeLimitSeconds = FieldSpec("timeLimitSeconds", .integer(WireLimits.timeLimitSeconds),
        default: .int(WireLimits.defaultTimeLimitSeconds), "Seconds the candidate has to answer.")
    static let idealAnswer = FieldSpec("idealAnswer", .text(length: 0...WireLimits.idealAnswerMaxLength),
        "What a strong answer covers; used for scoring.")

    static let all: [FieldSpec] = [text, timeLimitSeconds, idealAnswer]
}

/// The keys of the `{append: [...], prepend: [...]}` form of `questions`.
enum QuestionEditFields {
    static let append = "append"
    static let prepend = "prepend"
    static let all = [prepend, append]
}

enum GenerateFields {
    static let count = FieldSpec("count", .integer(WireLimits.numberOfQuestions),
        default: .int(WireLimits.defaultNumberOfQuestions), "How many questions to generate.")

    static let all: [FieldSpec] = [count]
}
