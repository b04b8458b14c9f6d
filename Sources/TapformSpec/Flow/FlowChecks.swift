import TaptalentContract

import Foundation

/// Checks across flow files and against the assessment files: two flows with one name or one pinned id
/// (errors, on the later file), and a step naming an assessment no file of this repository declares (a
/// warning with a "did you mean": it may exist in the account, which only `plan` can tell).
enum FlowChecks {
    static func check(_ flows: [FlowSpec], assessments: [AssessmentSpec], into sink: DiagnosticSink) {
        var names: [String: Located<String>] = [:]
        var ids: [String: Located<String>] = [:]
        for flow in flows.sorted(by: { $0.file < $1.file }) {
            let key = CrossFileChecks.normalised(flow.name.value)
            if let first = names[key] {
                sink.error(.duplicateName, "flow name \"\(flow.name.value)\" is also used by \(first.location)",
                           at: flow.name.location, hint: "names identify flows; each file needs its own")
            } else {
                names[key] = flow.name
            }
            if let id = flow.id {
                if let first = ids[id.value] {
                    sink.error(.duplicateID, "flow id \"\(id.value)\" is also pinned by \(first.location)", at: id.location)
                } else {
                    ids[id.value] = id
                }
            }
        }
        let declared = Set(assessments.map { CrossFileChecks.normalised($0.name.value) })
        let known = assessments.map(\.name.value)
        for flow in flows {
            for (index, step) in flow.steps.enumerated()
            where step.assessmentId == nil && !declared.contains(CrossFileChecks.normalised(step.assessment.value)) {
                let hint = Suggestion.hint(for: step.assessment.value, in: known)
                    ?? "plan looks for it in the account; add its file to manage it here"
                sink.warning(.unknownAssessment,
                             "step \(index + 1): no assessment file declares \"\(step.assessment.value)\"",
                             at: step.assessment.location, hint: hint)
            }
        }
    }
}
