import Foundation
import TapformPlan
import TaptalentAPI

/// The one table from the API's field names (keys of an error's `details`) back to the YAML keys of an
/// assessment file. The wire names are not restated: each is read from how the wire type encodes a body
/// with only that field set. Question bodies need no table: every field of one points at that question
/// (the plan steps carry the question's position, not its keys').
enum WireFieldMap {
    /// Assessment fields (create, update and auto-generate bodies) to file keys.
    static let assessment: [String: SpecKey] = table([
        (AutoGenerateBody(assessment: AssessmentBody(), numberOfQuestions: 1), .generate),
        (AssessmentBody(testName: "x"), .name),
        (AssessmentBody(jobId: .value("x")), .job),
        (AssessmentBody(status: "x"), .status),
        (AssessmentBody(hiringForRole: "x"), .role),
        (AssessmentBody(purposeOfInterview: .value("x")), .purpose),
        (AssessmentBody(duration: 1), .durationMinutes),
        (AssessmentBody(aiLanguage: "x"), .language),
        (AssessmentBody(skills: ["x"]), .skills),
        (AssessmentBody(isEmailVerificationRequired: true), .emailVerification),
        (AssessmentBody(shouldEvaluateCEFR: true), .evaluateCEFR),
        (AssessmentBody(questions: []), .questions),
    ])

    /// A `details` key split into its parts: `questions[2].timeLimit` is `questions`, index 2, `timeLimit`.
    struct FieldPath: Hashable {
        var root: String
        var index: Int?
        var child: String?

        init(_ path: String) {
            var head = Substring(path)
            var rest: Substring?
            if let dot = head.firstIndex(of: ".") {
                rest = head[head.index(after: dot)...]
                head = head[..<dot]
            }
            if let open = head.firstIndex(of: "["), let close = head.firstIndex(of: "]"), open < close {
                index = Int(head[head.index(after: open)..<close])
                head = head[..<open]
            }
            root = String(head)
            child = rest.map(String.init)
        }
    }

    private static func table<Value>(_ rows: [(any Encodable, Value)]) -> [String: Value] {
        var table: [String: Value] = [:]
        for (body, value) in rows {
            guard let data = try? JSONEncoder().encode(body),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  object.count == 1, let key = object.keys.first
            else { preconditionFailure("a probe body of \(type(of: body)) must encode exactly one field") }
            table[key] = value
        }
        return table
    }
}
