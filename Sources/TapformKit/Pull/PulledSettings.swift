import TapformPlan
import TapformSpec
import TaptalentContract

/// The settings `pull` brings back from the account into a file: each one whose remote value differs
/// from the file's, compared as `plan` compares them (so that `plan` is clean afterwards).
///
/// `name` is taken only when the file pins `id:`: otherwise the names differ only because the file found
/// its assessment through `renamedFrom`, a rename the file asks for. A setting whose value comes from a
/// template (or from `vars:`, see `SettingsBlockWriter`) is refused: writing the account's value into the
/// file would cut it off from the template, as for inherited questions (`QuestionOwnership`).
struct PulledSettings {
    /// New values by file key.
    var values: [String: SettingsBlockWriter.Value] = [:]
    /// `durationMinutes: 25 → 35`, in the settings table's order, for the report.
    var changes: [String] = []
    /// Why settings cannot be written, one sentence each.
    var refusals: [String] = []

    init(_ spec: AssessmentSpec, remote: RemoteAssessment) {
        let (diffs, patch) = AssessmentSettings(DesiredAssessment(spec)).changes(to: AssessmentSettings(remote))
        for setting in patch.changedSettings where setting != .name || spec.id != nil {
            guard let value = patch[setting], let diff = diffs.first(where: { $0.field == setting.fileKey }) else { continue }
            if let written = spec.keyLocations[setting.fileKey], written.file != spec.file {
                refusals.append("\(spec.file): `\(setting.fileKey)` of \"\(spec.name.value)\" comes from the template "
                    + "\(written); the account has \(diff.newDisplay ?? "none") there. Writing it into this "
                    + "file would stop it following the template: set it in the file or the template by hand")
                continue
            }
            values[setting.fileKey] = Self.fileValue(value)
            changes.append("\(setting.fileKey): \(diff.oldDisplay ?? "none") → \(diff.newDisplay ?? "none")")
        }
    }

    /// A setting's value as the file writes it; an absent text removes the key.
    private static func fileValue(_ value: SettingValue) -> SettingsBlockWriter.Value {
        switch value {
        case .text(let text): text.map(SettingsBlockWriter.Value.text) ?? .absent
        case .number(let number): .integer(number)
        case .list(let items): .textList(items)
        case .flag(let flag): .boolean(flag)
        case .status(let status): .text(status.rawValue)
        }
    }
}
