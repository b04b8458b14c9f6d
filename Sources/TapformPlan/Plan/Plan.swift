import Foundation

/// A complete plan: saved with `plan --out plan.json` and applied later exactly as it is. Its JSON is a
/// report like the others (`"kind": "plan"`, `"schemaVersion"`), described by schemas/plan.schema.json.
public struct Plan: Codable, Sendable, Hashable {
    /// The `kind` of the plan's JSON document.
    public static let kind = "plan"
    /// The version of the plan's JSON, bumped on every incompatible change. Version 1 was named
    /// `formatVersion` and carried field values as display strings only.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var kind: String
    /// Files in the order given, then pruned remote assessments by name.
    public var assessments: [AssessmentPlan]
    public var unmanaged: [UnmanagedAssessment]
    /// Flows, by file; applied after every assessment.
    public var flows: [FlowPlan]
    /// Warnings not tied to one assessment.
    public var warnings: [Diagnostic]
    /// `RemoteFingerprint.identity(of:)` of the remote list the plan was made from.
    public var identityFingerprint: String
    public var summary: PlanSummary

    public init(
        assessments: [AssessmentPlan], unmanaged: [UnmanagedAssessment] = [], warnings: [Diagnostic] = [],
        identityFingerprint: String, flows: [FlowPlan] = []
    ) {
        schemaVersion = Self.currentSchemaVersion
        kind = Self.kind
        self.assessments = assessments
        self.unmanaged = unmanaged
        self.flows = flows
        self.warnings = warnings
        self.identityFingerprint = identityFingerprint
        summary = PlanSummary(assessments: assessments, unmanaged: unmanaged, flows: flows)
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, kind, assessments, unmanaged, flows, warnings, identityFingerprint, summary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        kind = try container.decode(String.self, forKey: .kind)
        assessments = try container.decode([AssessmentPlan].self, forKey: .assessments)
        unmanaged = try container.decode([UnmanagedAssessment].self, forKey: .unmanaged)
        // Plans saved before flows existed have none.
        flows = try container.decodeIfPresent([FlowPlan].self, forKey: .flows) ?? []
        warnings = try container.decode([Diagnostic].self, forKey: .warnings)
        identityFingerprint = try container.decode(String.self, forKey: .identityFingerprint)
        summary = try container.decode(PlanSummary.self, forKey: .summary)
    }

    /// `flows` is written only when there are some, so a plan without flows reads as before flows existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(kind, forKey: .kind)
        try container.encode(assessments, forKey: .assessments)
        try container.encode(unmanaged, forKey: .unmanaged)
        if !flows.isEmpty { try container.encode(flows, forKey: .flows) }
        try container.encode(warnings, forKey: .warnings)
        try container.encode(identityFingerprint, forKey: .identityFingerprint)
        try container.encode(summary, forKey: .summary)
    }

    /// True when applying it would call the API.
    public var hasChanges: Bool { summary.hasChanges }

    /// Active remote assessments in the `manage:` scope that no file declares (see `UnmanagedAssessment.isDrift`).
    public var drift: [UnmanagedAssessment] { unmanaged.filter(\.isDrift) }

    /// True when any assessment is blocked; such a plan must not be applied.
    public var hasErrors: Bool { assessments.contains { !$0.errors.isEmpty } || flows.contains { !$0.errors.isEmpty } }

    /// Every error, in plan order (assessments, then flows).
    public var allErrors: [Diagnostic] { assessments.flatMap(\.errors) + flows.flatMap(\.errors) }

    /// Plan-level warnings, then each assessment's and each flow's, in plan order.
    public var allWarnings: [Diagnostic] { warnings + assessments.flatMap(\.warnings) + flows.flatMap(\.warnings) }

    /// A plan of a version this tapform cannot read, or not a plan.
    public struct UnsupportedFormat: Error, Sendable, CustomStringConvertible {
        /// What is wrong, e.g. `has schemaVersion 3; this tapform reads plans of schemaVersion 2`.
        public var problem: String

        public var description: String { "plan file \(problem): upgrade tapform or re-run plan" }
    }

    /// The version and kind of a plan's JSON, refusing any but the current plan schema.
    public static func checkHeader(of data: Data) throws {
        struct Header: Decodable { var schemaVersion: Int?; var formatVersion: Int?; var kind: String? }
        let header = try JSONDecoder().decode(Header.self, from: data)
        let reads = "this tapform reads plans of schemaVersion \(currentSchemaVersion)"
        if let other = header.kind, other != kind {
            throw UnsupportedFormat(problem: "is a \(other) report, not a plan")
        }
        if let version = header.schemaVersion, version != currentSchemaVersion {
            throw UnsupportedFormat(problem: "has schemaVersion \(version); " + reads)
        }
        if header.schemaVersion == nil {
            // Plans of tapform before schema version 2 had `formatVersion` and no `kind`.
            throw UnsupportedFormat(problem: header.formatVersion.map { "has formatVersion \($0) (written by an older tapform); " + reads }
                ?? "has no schemaVersion (it is not a plan written by tapform)")
        }
        if header.kind == nil { throw UnsupportedFormat(problem: "has no \"kind\": \"\(kind)\" (it is not a plan written by tapform)") }
    }

    /// Reads a plan written by `JSONRenderer`, refusing other versions.
    public static func decode(from data: Data) throws -> Plan {
        try checkHeader(of: data)
        return try JSONDecoder().decode(Plan.self, from: data)
    }
}
