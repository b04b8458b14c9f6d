import TapformPlan

/// The JSON reports tapform writes with `--format json`. Each is one document on standard output, also
/// when the command fails, with a top-level `schemaVersion` (bumped on every incompatible change of that
/// kind) and `kind`; `schemas/<kind>.schema.json` in the repository describes it (`ReportSchemas`).
public enum ReportKind: String, CaseIterable, Sendable, Codable {
    /// `plan --format json`, and the file `plan --out` saves (`Plan`).
    case plan
    /// `apply --format json` (`ApplyDocument`).
    case apply
    /// `validate --format json` (`ValidateReport`).
    case validate
    /// `import --format json` (`ImportReport`).
    case `import`
    /// `invite --format json` (`InviteDocument`).
    case invite
    /// `doctor --format json` (`DoctorReport`).
    case doctor
    /// Any command with `--format json` that failed before it had a report of its own (`ErrorReport`).
    case error
    /// `results --flow NAME --format json` (`FlowResultsReport`).
    case flowResults = "flow-results"

    public var schemaVersion: Int {
        switch self {
        case .plan: Plan.currentSchemaVersion
        case .apply, .validate, .import, .invite, .doctor, .error, .flowResults: 1
        }
    }

    /// The schema's path in the repository.
    public var schemaPath: String { "schemas/\(rawValue).schema.json" }
}

/// A report body: its keys go into the document after `schemaVersion` and `kind`.
public protocol JSONReport: Encodable, Sendable {
    static var kind: ReportKind { get }
}
