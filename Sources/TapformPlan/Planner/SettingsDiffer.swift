/// Compares two normalised settings: the field diffs a reader sees and the partial update that makes them.
enum SettingsDiffer {
    static func diff(
        old: AssessmentSettings, new: AssessmentSettings, locate: (SpecKey) -> SourceLocation?
    ) -> (diffs: [FieldDiff], patch: SettingsPatch) {
        var diffs: [FieldDiff] = []
        var patch = SettingsPatch()
        func note(_ key: SpecKey, _ oldValue: String?, _ newValue: String?) {
            diffs.append(FieldDiff(field: key.rawValue, old: oldValue, new: newValue, location: locate(key)))
        }
        if old.name != new.name {
            patch.name = new.name
            note(.name, DisplayValue.text(old.name), DisplayValue.text(new.name))
        }
        if old.role != new.role {
            patch.role = new.role
            note(.role, DisplayValue.text(old.role), DisplayValue.text(new.role))
        }
        if old.purpose != new.purpose {
            patch.purpose = NewValue(new.purpose)
            note(.purpose, DisplayValue.text(old.purpose), DisplayValue.text(new.purpose))
        }
        if old.durationMinutes != new.durationMinutes {
            patch.durationMinutes = new.durationMinutes
            note(.durationMinutes, String(old.durationMinutes), String(new.durationMinutes))
        }
        if old.language != new.language {
            patch.language = new.language
            note(.language, DisplayValue.text(old.language), DisplayValue.text(new.language))
        }
        if !AssessmentSettings.sameSkills(old.skills, new.skills) {
            patch.skills = new.skills
            note(.skills, DisplayValue.list(old.skills), DisplayValue.list(new.skills))
        }
        if old.job != new.job {
            patch.job = NewValue(new.job)
            note(.job, DisplayValue.text(old.job), DisplayValue.text(new.job))
        }
        if old.emailVerification != new.emailVerification {
            patch.emailVerification = new.emailVerification
            note(.emailVerification, String(old.emailVerification), String(new.emailVerification))
        }
        if old.evaluateCEFR != new.evaluateCEFR {
            patch.evaluateCEFR = new.evaluateCEFR
            note(.evaluateCEFR, String(old.evaluateCEFR), String(new.evaluateCEFR))
        }
        if old.status != new.status {
            patch.status = new.status
            note(.status, old.status.rawValue, new.status.rawValue)
        }
        return (diffs, patch)
    }

    /// The field list of a created assessment, every value shown as new.
    static func creation(_ new: AssessmentSettings, locate: (SpecKey) -> SourceLocation?) -> [FieldDiff] {
        var diffs: [FieldDiff] = []
        func note(_ key: SpecKey, _ value: String?) {
            if let value { diffs.append(FieldDiff(field: key.rawValue, old: nil, new: value, location: locate(key))) }
        }
        note(.name, DisplayValue.text(new.name))
        note(.role, DisplayValue.text(new.role))
        note(.purpose, DisplayValue.text(new.purpose))
        note(.durationMinutes, String(new.durationMinutes))
        note(.language, DisplayValue.text(new.language))
        note(.skills, DisplayValue.list(new.skills))
        note(.job, DisplayValue.text(new.job))
        note(.emailVerification, String(new.emailVerification))
        note(.evaluateCEFR, String(new.evaluateCEFR))
        note(.status, new.status.rawValue)
        return diffs
    }
}
