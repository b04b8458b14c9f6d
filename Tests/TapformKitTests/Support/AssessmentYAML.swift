import Foundation

/// Writes assessment files for tests: every value double-quoted, so any text is safe.
struct AssessmentYAML {
    struct Question: Hashable {
        var text: String
        var timeLimitSeconds: Int? = nil
        var idealAnswer: String? = nil
    }

    var name: String
    var role: String = "Engineer"
    var renamedFrom: [String] = []
    var purpose: String? = nil
    var durationMinutes: Int? = nil
    var language: String? = nil
    var skills: [String] = []
    var job: String? = nil
    var emailVerification: Bool? = nil
    var evaluateCEFR: Bool? = nil
    var status: String? = nil
    var protect: Bool? = nil
    var questions: [Question]? = []
    var generateCount: Int? = nil

    /// The file text. Keys appear in a fixed order, one a line, so tests can compute line numbers:
    /// `name` is on line 1, `role` on line 2.
    var text: String {
        var lines = ["name: \(Self.quote(name))", "role: \(Self.quote(role))"]
        if !renamedFrom.isEmpty { lines.append("renamedFrom: [\(renamedFrom.map(Self.quote).joined(separator: ", "))]") }
        if let purpose { lines.append("purpose: \(Self.quote(purpose))") }
        if let durationMinutes { lines.append("durationMinutes: \(durationMinutes)") }
        if let language { lines.append("language: \(language)") }
        if !skills.isEmpty { lines.append("skills: [\(skills.map(Self.quote).joined(separator: ", "))]") }
        if let job { lines.append("job: \(Self.quote(job))") }
        if let emailVerification { lines.append("emailVerification: \(emailVerification)") }
        if let evaluateCEFR { lines.append("evaluateCEFR: \(evaluateCEFR)") }
        if let status { lines.append("status: \(status)") }
        if let protect { lines.append("protect: \(protect)") }
        if let generateCount { lines.append("generate: { count: \(generateCount) }") }
        if let questions {
            if questions.isEmpty {
                lines.append("questions: []")
            } else {
                lines.append("questions:")
                for question in questions {
                    lines.append("  - text: \(Self.quote(question.text))")
                    if let limit = question.timeLimitSeconds { lines.append("    timeLimitSeconds: \(limit)") }
                    if let ideal = question.idealAnswer { lines.append("    idealAnswer: \(Self.quote(ideal))") }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
