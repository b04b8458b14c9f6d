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

extension AssessmentFileValues {
    /// How one setting is written: nil leaves its key out.
    enum Written {
        /// A string, quoted when needed.
        case text(String)
        /// A number, boolean or status, as is.
        case plain(String)
        /// A block list; an empty one is left out.
        case list([String])
    }

    /// Sets one setting; nil (or an absent text) leaves its key out, and `name` and `role` empty.
    public mutating func set(_ setting: AssessmentSetting, to value: SettingValue?) {
        switch setting {
        case .name: name = value?.textValue ?? ""
        case .role: role = value?.textValue ?? ""
        case .purpose: purpose = value?.textValue
        case .durationMinutes: durationMinutes = value?.numberValue
        case .language: language = value?.textValue
        case .skills: skills = value?.listValue ?? []
        case .job: job = value?.textValue
        case .emailVerification: emailVerification = value?.flagValue
        case .evaluateCEFR: evaluateCEFR = value?.flagValue
        case .status: status = value?.statusValue
        }
    }

    /// One setting as the file writes it.
    func written(_ setting: AssessmentSetting) -> Written? {
        switch setting {
        case .name: .text(name)
        case .role: .text(role)
        case .purpose: purpose.map { .text($0) }
        case .durationMinutes: durationMinutes.map { .plain(String($0)) }
        case .language: language.map { .text($0) }
        case .skills: .list(skills)
        case .job: job.map { .text($0) }
        case .emailVerification: emailVerification.map { .plain(String($0)) }
        case .evaluateCEFR: evaluateCEFR.map { .plain(String($0)) }
        case .status: status.map { .plain($0.rawValue) }
        }
    }
}

/// Writes a new assessment file. Every string is quoted when needed so that loading the file gives back
/// exactly the values written.
public enum AssessmentFileWriter {
    /// - Parameter headerComment: lines written as `# ...` comments at the top (e.g. where it was imported from).
    public static func write(_ values: AssessmentFileValues, headerComment: String? = nil) -> String {
        var out = headerComment.map { comment($0) } ?? ""
        func line(_ field: FieldSpec, _ value: String) { out += "\(field.key): \(value)\n" }
        func text(_ field: FieldSpec, _ value: String?) { if let value { line(field, YAMLScalarWriter.scalar(value)) } }
        func list(_ field: FieldSpec, _ values: [String]) {
            guard !values.isEmpty else { return }
            out += "\(field.key):\n" + values.map { "  - \(YAMLScalarWriter.scalar($0))\n" }.joined()
        }
        for setting in AssessmentSetting.allCases {
            let field = AssessmentFields.field(setting)
            switch values.written(setting) {
            case .text(let value): text(field, value)
            case .plain(let value): line(field, value)
            case .list(let items): list(field, items)
            case nil: break
            }
            // The name first, then where it came from and the pinned id, then the other settings.
            if setting == .name {
                list(AssessmentFields.renamedFrom, values.renamedFrom)
                text(AssessmentFields.id, values.id)
            }
        }
        if let flag = values.protect { line(AssessmentFields.protect, String(flag)) }
        if let questions = values.questions { out += QuestionListWriter.block(questions) }
        return out
    }

    /// `text` as `# ...` comment lines, each indented by `indent` and ending with a newline.
    static func comment(_ text: String, indent: String = "") -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Anything YAML could read as a line break or refuse is replaced, so the comment stays a comment.
            var clean = String.UnicodeScalarView()
            for scalar in line.unicodeScalars {
                clean.append(YAMLScalarWriter.isPrintableForPlain(scalar) ? scalar : "\u{FFFD}")
            }
            out += indent + (clean.isEmpty ? "#\n" : "# \(String(clean))\n")
        }
        return out
    }
}
