import TaptalentContract

/// The values of a whole assessment file, as `import` writes them. Nil values (and empty lists) are left
/// out, so the file shows only what differs from the defaults when the caller passes nil for defaults.
public struct AssessmentFileValues: Sendable, Hashable {
    public var name: String
    public var renamedFrom: [String] = []
    public var id: String?
    public var role: String
    public var purpose: String?
    public var durationMinutes: Int?
    public var language: String?
    public var skills: [String] = []
    public var job: String?
    public var emailVerification: Bool?
    public var evaluateCEFR: Bool?
    public var status: AssessmentStatus?
    public var protect: Bool?
    /// Written as `questions:` (an empty list is written `questions: []`); nil writes no questions key.
    public var questions: [QuestionValues]?

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// Writes a new assessment file. Every string is quoted when needed so that loading the file gives back
/// exactly the values written.
public enum AssessmentFileWriter {
    /// - Parameter headerComment: lines written as `# ...` comments at the top (e.g. where it was imported from).
    public static func write(_ values: AssessmentFileValues, headerComment: String? = nil) -> String {
        var out = ""
        if let headerComment {
            for line in headerComment.split(separator: "\n", omittingEmptySubsequences: false) {
                // Anything YAML could read as a line break or refuse is replaced, so the comment stays a comment.
                var clean = String.UnicodeScalarView()
                for scalar in line.unicodeScalars {
                    clean.append(YAMLScalarWriter.isPrintableForPlain(scalar) ? scalar : "\u{FFFD}")
                }
                out += clean.isEmpty ? "#\n" : "# \(String(clean))\n"
            }
        }
        func line(_ field: FieldSpec, _ value: String) { out += "\(field.key): \(value)\n" }
        func text(_ field: FieldSpec, _ value: String?) { if let value { line(field, YAMLScalarWriter.scalar(value)) } }
        func list(_ field: FieldSpec, _ values: [String]) {
            guard !values.isEmpty else { return }
            out += "\(field.key):\n" + values.map { "  - \(YAMLScalarWriter.scalar($0))\n" }.joined()
        }
        text(AssessmentFields.name, values.name)
        list(AssessmentFields.renamedFrom, values.renamedFrom)
        text(AssessmentFields.id, values.id)
        text(AssessmentFields.role, values.role)
        text(AssessmentFields.purpose, values.purpose)
        if let minutes = values.durationMinutes { line(AssessmentFields.durationMinutes, String(minutes)) }
        text(AssessmentFields.language, values.language)
        list(AssessmentFields.skills, values.skills)
        text(AssessmentFields.job, values.job)
        if let flag = values.emailVerification { line(AssessmentFields.emailVerification, String(flag)) }
        if let flag = values.evaluateCEFR { line(AssessmentFields.evaluateCEFR, String(flag)) }
        if let status = values.status { line(AssessmentFields.status, status.rawValue) }
        if let flag = values.protect { line(AssessmentFields.protect, String(flag)) }
        if let questions = values.questions { out += QuestionListWriter.block(questions) }
        return out
    }
}
