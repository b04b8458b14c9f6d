import TapformPlan
import TapformSpec
import TaptalentAPI

/// The file `import` writes for one remote assessment: every setting that `plan` compares, written so that
/// loading it gives back the account's values. Left out: the defaults the spec fills the same way
/// (booleans false, status active, the 120 s time limit, a blank ideal answer or purpose).
enum ImportedFileContent {
    /// - Parameter pinId: write `id:` (when another remote assessment shares the name).
    static func values(_ remote: RemoteAssessment, pinId: Bool) -> AssessmentFileValues {
        var values = AssessmentFileValues(name: remote.name, role: "")
        values.id = pinId ? remote.id : nil
        for setting in AssessmentSetting.allCases {
            values.set(setting, to: written(remote.settingFields[setting], of: setting))
        }
        values.questions = QuestionValues.all(of: remote)
        return values
    }

    /// The value the file writes, nil where loading the file fills the same: a blank optional text, a false
    /// flag, the active status. Numbers and the other texts are always written (the remote's or the default).
    private static func written(_ value: SettingValue, of setting: AssessmentSetting) -> SettingValue? {
        switch value {
        case .text(let text) where setting.isOptional:
            text.flatMap { TextNormalizer.normalizeOptional($0) == nil ? nil : value }
        case .flag(false), .status(.active): nil
        case .text, .number, .list, .flag, .status: value
        }
    }

    /// The whole file text, headed by a comment saying where it came from.
    static func text(_ remote: RemoteAssessment, pinId: Bool, environment: String) -> String {
        let header = "Imported by `tapform import` from environment \"\(environment)\" (assessment id \(remote.id))."
        return AssessmentFileWriter.write(values(remote, pinId: pinId), headerComment: header)
    }
}
