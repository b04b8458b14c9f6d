import TapformPlan
import TapformSpec
import TaptalentAPI

/// The file `import` writes for one remote assessment: every setting that `plan` compares, written so that
/// loading it gives back the account's values. Left out: the defaults the spec fills the same way
/// (booleans false, status active, the 120 s time limit, a blank ideal answer or purpose).
enum ImportedFileContent {
    /// - Parameter pinId: write `id:` (when another remote assessment shares the name).
    static func values(_ remote: RemoteAssessment, pinId: Bool) -> AssessmentFileValues {
        var values = AssessmentFileValues(name: remote.name, role: remote.role ?? "")
        values.id = pinId ? remote.id : nil
        values.purpose = remote.purpose.flatMap { TextNormalizer.normalizeOptional($0) == nil ? nil : $0 }
        values.durationMinutes = remote.durationMinutes ?? WireLimits.defaultDurationMinutes
        values.language = remote.language ?? WireLimits.defaultLanguage
        values.skills = remote.skills
        values.job = remote.job.flatMap { TextNormalizer.normalizeOptional($0) == nil ? nil : $0 }
        values.emailVerification = remote.emailVerification == true ? true : nil
        values.evaluateCEFR = remote.evaluateCEFR == true ? true : nil
        values.status = remote.status == .inactive ? .inactive : nil
        values.questions = QuestionValues.all(of: remote)
        return values
    }

    /// The whole file text, headed by a comment saying where it came from.
    static func text(_ remote: RemoteAssessment, pinId: Bool, environment: String) -> String {
        let header = "Imported by `tapform import` from environment \"\(environment)\" (assessment id \(remote.id))."
        return AssessmentFileWriter.write(values(remote, pinId: pinId), headerComment: header)
    }
}
