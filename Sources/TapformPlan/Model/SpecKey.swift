import TaptalentContract

/// The keys of an assessment file that the plan can point at. Raw values are the YAML keys.
public enum SpecKey: String, Codable, Sendable, Hashable, CaseIterable {
    case id, name, renamedFrom, role, purpose, durationMinutes, language, skills, job
    case emailVerification, evaluateCEFR, status, protect, questions, generate
}

/// The fields of a question a plan can change. Raw values are the YAML keys.
public enum QuestionKey: String, Codable, Sendable, Hashable, CaseIterable {
    case text, timeLimitSeconds, idealAnswer
}
