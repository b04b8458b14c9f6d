import TapformPlan
import TapformSpec

/// The settings `pull` brings back from the account into a file: each one whose remote value differs
/// from the file's, compared as `plan` compares them (so that `plan` is clean afterwards).
///
/// `name` is taken only when the file pins `id:`: otherwise the names differ only because the file found
/// its assessment through `renamedFrom`, a rename the file asks for. A setting whose value comes from a
/// template (or from `vars:`, see `SettingsBlockWriter`) is refused: writing the account's value into the
/// file would cut it off from the template, as for inherited questions (`QuestionOwnership`).
struct PulledSettings {
    /// New values by file key.
    var values: [String: SettingValue] = [:]
    /// `durationMinutes: 25 → 35`, in the file format's order, for the report.
    var changes: [String] = []
    /// Why settings cannot be written, one sentence each.
    var refusals: [String] = []

    init(_ spec: AssessmentSpec, remote: RemoteAssessment) {
        let (diffs, patch) = AssessmentSettings(DesiredAssessment(spec)).changes(to: AssessmentSettings(remote))
        var values: [SpecKey: SettingValue] = [:]
        if let name = patch.name, spec.id != nil { values[.name] = .text(name) }
        if let role = patch.role { values[.role] = .text(role) }
        if let purpose = patch.purpose { values[.purpose] = purpose.value.map(SettingValue.text) ?? .absent }
        if let minutes = patch.durationMinutes { values[.durationMinutes] = .integer(minutes) }
        if let language = patch.language { values[.language] = .text(language) }
        if let skills = patch.skills { values[.skills] = .textList(skills) }
        if let job = patch.job { values[.job] = job.value.map(SettingValue.text) ?? .absent }
        if let flag = patch.emailVerification { values[.emailVerification] = .boolean(flag) }
        if let flag = patch.evaluateCEFR { values[.evaluateCEFR] = .boolean(flag) }
        if let status = patch.status { values[.status] = .text(status.rawValue) }

        for diff in diffs {
            guard let key = SpecKey(rawValue: diff.field), let value = values[key] else { continue }
            if let written = spec.keyLocations[key.rawValue], written.file != spec.file {
                refusals.append("\(spec.file): `\(key.rawValue)` of \"\(spec.name.value)\" comes from the template "
                    + "\(written); the account has \(diff.new ?? "none") there. Writing it into this "
                    + "file would stop it following the template: set it in the file or the template by hand")
                continue
            }
            self.values[key.rawValue] = value
            changes.append("\(key.rawValue): \(diff.old ?? "none") → \(diff.new ?? "none")")
        }
    }
}
