import TaptalentContract

/// Compares two normalised settings: the field diffs a reader sees and the partial update that makes them.
/// Both loop over the settings table, so every setting is compared.
enum SettingsDiffer {
    static func diff(
        old: AssessmentSettings, new: AssessmentSettings, locate: (SpecKey) -> SourceLocation?
    ) -> (diffs: [FieldDiff], patch: SettingsPatch) {
        var diffs: [FieldDiff] = []
        var patch = SettingsPatch()
        for setting in AssessmentSetting.allCases where !old[setting].isSame(as: new[setting]) {
            patch.take(setting, from: new)
            diffs.append(FieldDiff(
                field: setting.fileKey, old: old[setting].fieldValue, new: new[setting].fieldValue,
                oldDisplay: old[setting].display, newDisplay: new[setting].display, location: locate(SpecKey(setting))))
        }
        return (diffs, patch)
    }

    /// The field list of a created assessment, every value shown as new.
    static func creation(_ new: AssessmentSettings, locate: (SpecKey) -> SourceLocation?) -> [FieldDiff] {
        AssessmentSetting.allCases.compactMap { setting in
            new[setting].fieldValue.map {
                FieldDiff(field: setting.fileKey, old: nil, new: $0, oldDisplay: nil, newDisplay: new[setting].display,
                          location: locate(SpecKey(setting)))
            }
        }
    }
}

extension AssessmentSettings {
    /// What changes from these settings to `other`, compared as `plan` compares them: the field diffs (old
    /// is this side) and the partial update holding `other`'s changed values.
    public func changes(to other: AssessmentSettings) -> (diffs: [FieldDiff], patch: SettingsPatch) {
        SettingsDiffer.diff(old: self, new: other, locate: { _ in nil })
    }
}
