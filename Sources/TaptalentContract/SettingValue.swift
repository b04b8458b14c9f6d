/// One setting's value: what a file writes, the plan compares and shows, and the fingerprints hash, for
/// any `AssessmentSetting`. Which case a setting takes is fixed by the setting (`name` is always a text,
/// `durationMinutes` a number, ...).
public enum SettingValue: Sendable, Hashable {
    /// A text; nil when absent (an optional `purpose` or `job`).
    case text(String?)
    case number(Int)
    /// Compared as a set (skills: order is kept for display only).
    case list([String])
    case flag(Bool)
    case status(AssessmentStatus)
}

extension SettingValue {
    /// The text of a `.text`; nil when absent or of another kind.
    public var textValue: String? { if case .text(let text) = self { text } else { nil } }
    public var numberValue: Int? { if case .number(let number) = self { number } else { nil } }
    public var listValue: [String]? { if case .list(let items) = self { items } else { nil } }
    public var flagValue: Bool? { if case .flag(let flag) = self { flag } else { nil } }
    public var statusValue: AssessmentStatus? { if case .status(let status) = self { status } else { nil } }
}
