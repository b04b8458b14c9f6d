import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI
import TaptalentContract

/// Each setting changed alone, on its own: the plan shows exactly that field, and the update it sends is one
/// PUT carrying exactly that setting's wire field. A setting the differ or the body forgets fails here.
@Suite("each setting changed alone: one field diff, one PUT with exactly its wire field")
struct SettingAloneTests {
    static let base = DesiredAssessment(
        name: "Backend engineer", pinnedId: "a1", role: "Engineer", purpose: "Screen backend engineers",
        durationMinutes: 20, language: "english", skills: ["Go", "SQL"], job: "11", emailVerification: false,
        evaluateCEFR: false, status: .active, filePath: "assessments/a.yaml")

    /// The file `base` with one setting changed.
    static func changing(_ setting: AssessmentSetting) -> DesiredAssessment {
        var desired = base
        switch setting {
        case .name: desired.name = "Backend engineer (senior)"
        case .role: desired.role = "Senior engineer"
        case .purpose: desired.purpose = nil
        case .durationMinutes: desired.durationMinutes = 35
        case .language: desired.language = "spanish"
        case .skills: desired.skills = ["Go", "SQL", "Kafka"]
        case .job: desired.job = "12"
        case .emailVerification: desired.emailVerification = true
        case .evaluateCEFR: desired.evaluateCEFR = true
        case .status: desired.status = .inactive
        }
        return desired
    }

    /// The account as a create of `base` left it.
    static let remote = RemoteAssessment(
        id: "a1", name: base.name, role: base.role, purpose: base.purpose, durationMinutes: base.durationMinutes,
        language: base.language, skills: base.skills, job: base.job, emailVerification: base.emailVerification,
        evaluateCEFR: base.evaluateCEFR, status: base.status, questions: [])

    static func plan(_ desired: DesiredAssessment) -> Plan {
        let summary = RemoteAssessmentSummary(id: remote.id, name: remote.name, status: remote.status)
        let resolution = IdentityResolver.resolve(desired: [desired], remote: [summary])
        // Deactivation (status alone) is destructive: allowed here, so that it plans a step.
        return Planner.plan(resolution, fetched: [remote.id: remote], options: PlanOptions(allowDestructive: true))
    }

    @Test("the unchanged file plans nothing")
    func unchanged() {
        let entry = Self.plan(Self.base).assessments.first
        #expect(entry?.fieldDiffs == [])
        #expect(entry?.steps == [])
    }

    @Test("changed alone", arguments: AssessmentSetting.allCases)
    func changedAlone(_ setting: AssessmentSetting) throws {
        let plan = Self.plan(Self.changing(setting))
        let entry = try #require(plan.assessments.first)
        #expect(entry.errors == [])
        #expect(entry.fieldDiffs.map(\.field) == [setting.fileKey])
        #expect(entry.steps.count == 1)
        guard case .updateSettings(let patch)? = entry.steps.first else {
            Issue.record("expected one settings update, got \(entry.steps)")
            return
        }
        #expect(patch.changedSettings == [setting])
        let body = try JSONSerialization.jsonObject(with: JSONEncoder().encode(AssessmentBody(patch))) as? [String: Any]
        #expect(body.map { Array($0.keys) } == [setting.wireName])
    }

    @Test("every setting's wire name is a field of the assessment the API returns")
    func wireNamesAreAssessmentFields() {
        for setting in AssessmentSetting.allCases {
            #expect(WireAssessment.CodingKeys(stringValue: setting.wireName) != nil, "\(setting.wireName)")
            #expect(AssessmentSetting(wireName: setting.wireName) == setting)
        }
    }
}
