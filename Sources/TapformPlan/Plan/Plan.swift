import Foundation

/// A complete plan: saved with `plan --out plan.json` and applied later exactly as it is.
public struct Plan: Codable, Sendable, Hashable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// Files in the order given, then pruned remote assessments by name.
    public var assessments: [AssessmentPlan]
    public var unmanaged: [UnmanagedAssessment]
    /// Flows, by file; applied after every assessment.
    public var flows: [FlowPlan]
    /// Warnings not tied to one assessment.
    public var warnings: [PlanDiagnostic]
    /// `RemoteFingerprint.identity(of:)` of the remote list the plan was made from.
    public var identityFingerprint: String
    public var summary: PlanSummary

    public init(
        assessments: [AssessmentPlan], unmanaged: [UnmanagedAssessment] = [], warnings: [PlanDiagnostic] = [],
        identityFingerprint: String, flows: [FlowPlan] = []
    ) {
        formatVersion = Self.currentFormatVersion
        self.assessments = assessments
        self.unmanaged = unmanaged
        self.flows = flows
        self.warnings = warnings
        self.identityFingerprint = identityFingerprint
        summary = PlanSummary(assessments: assessments, flows: flows)
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, assessments, unmanaged, flows, warnings, identityFingerprint, summary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        assessments = try container.decode([AssessmentPlan].self, forKey: .assessments)
        unmanaged = try container.decode([UnmanagedAssessment].self, forKey: .unmanaged)
        // Plans saved before flows existed have none.
        flows = try container.decodeIfPresent([FlowPlan].self, forKey: .flows) ?? []
        warnings = try container.decode([PlanDiagnostic].self, forKey: .warnings)
        identityFingerprint = try container.decode(String.self, forKey: .identityFingerprint)
        summary = try container.decode(PlanSummary.self, forKey: .summary)
    }

    /// `flows` is written only when there are some, so a plan without flows reads as before flows existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(assessments, forKey: .assessments)
        try container.encode(unmanaged, forKey: .unmanaged)
        if !flows.isEmpty { try container.encode(flows, forKey: .flows) }
        try container.encode(warnings, forKey: .warnings)
        try container.encode(identityFingerprint, forKey: .identityFingerprint)
        try container.encode(summary, forKey: .summary)
    }

    /// True when applying it would call the API.
    public var hasChanges: Bool { summary.hasChanges }

    /// True when any assessment is blocked; such a plan must not be applied.
    public var hasErrors: Bool { assessments.contains { !$0.errors.isEmpty } || flows.contains { !$0.errors.isEmpty } }

    /// Every error, in plan order (assessments, then flows).
    public var allErrors: [PlanDiagnostic] { assessments.flatMap(\.errors) + flows.flatMap(\.errors) }

    /// Plan-level warnings, then each assessment's and each flow's, in plan order.
    public var allWarnings: [PlanDiagnostic] { warnings + assessments.flatMap(\.warnings) + flows.flatMap(\.warnings) }

    /// A saved plan of a format this version cannot apply.
    public struct UnsupportedFormat: Error, Sendable, CustomStringConvertible {
        public var formatVersion: Int
        public var description: String {
            "plan file has formatVersion \(formatVersion); this tapform reads formatVersion "
                + "\(Plan.currentFormatVersion): upgrade tapform or re-run plan"
        }
    }

    /// Reads a plan written by `JSONRenderer`, refusing other format versions.
    public static func decode(from data: Data) throws -> Plan {
        struct Header: Decodable { var formatVersion: Int }
        let header = try JSONDecoder().decode(Header.self, from: data)
        guard header.formatVersion == currentFormatVersion else {
            throw UnsupportedFormat(formatVersion: header.formatVersion)
        }
        return try JSONDecoder().decode(Plan.self, from: data)
    }
}
