import Foundation

/// A complete plan: saved with `plan --out plan.json` and applied later exactly as it is.
public struct Plan: Codable, Sendable, Hashable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// Files in the order given, then pruned remote assessments by name.
    public var assessments: [AssessmentPlan]
    public var unmanaged: [UnmanagedAssessment]
    /// Warnings not tied to one assessment.
    public var warnings: [PlanDiagnostic]
    /// `RemoteFingerprint.identity(of:)` of the remote list the plan was made from.
    public var identityFingerprint: String
    public var summary: PlanSummary

    public init(
        assessments: [AssessmentPlan], unmanaged: [UnmanagedAssessment] = [], warnings: [PlanDiagnostic] = [],
        identityFingerprint: String
    ) {
        formatVersion = Self.currentFormatVersion
        self.assessments = assessments
        self.unmanaged = unmanaged
        self.warnings = warnings
        self.identityFingerprint = identityFingerprint
        summary = PlanSummary(assessments: assessments, unmanaged: unmanaged)
    }

    /// True when applying it would call the API.
    public var hasChanges: Bool { summary.hasChanges }

    /// Active remote assessments in the `manage:` scope that no file declares (see `UnmanagedAssessment.isDrift`).
    public var drift: [UnmanagedAssessment] { unmanaged.filter(\.isDrift) }

    /// True when any assessment is blocked; such a plan must not be applied.
    public var hasErrors: Bool { assessments.contains { !$0.errors.isEmpty } }

    /// Every error, in plan order.
    public var allErrors: [PlanDiagnostic] { assessments.flatMap(\.errors) }

    /// Plan-level warnings, then each assessment's, in plan order.
    public var allWarnings: [PlanDiagnostic] { warnings + assessments.flatMap(\.warnings) }

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
