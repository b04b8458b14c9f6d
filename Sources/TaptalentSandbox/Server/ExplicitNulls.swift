import TaptalentAPI

/// The service sends some absent values as JSON `null` (an assessment's `jobId`, a candidate's
/// `cefrLevel`), while the Wire types leave nil fields out. This pass adds the nulls back. Which keys
/// are nullable, and how an assessment or candidate object is recognised, is read from the Wire types
/// themselves (probe values), so no wire name is restated.
enum ExplicitNulls {
    private struct Shape {
        /// Keys every object of this kind has.
        var marker: Set<String>
        /// Keys to send as null when absent.
        var nullable: Set<String>
    }

    private static let shapes: [Shape] = [
        shape(
            minimal: WireAssessment(assessmentId: "p", testName: "p"),
            full: WireAssessment(assessmentId: "p", testName: "p", jobId: LenientString("p"), purposeOfInterview: "p")
        ),
        shape(
            minimal: WireCandidate(candidateId: "p", email: "p", firstName: nil, lastName: nil, status: nil, score: nil, cefrLevel: nil, submittedAt: nil, reportUrl: nil),
            full: WireCandidate(candidateId: "p", email: "p", firstName: "p", lastName: "p", status: nil, score: nil, cefrLevel: "p", submittedAt: nil, reportUrl: nil)
        ),
        shape(
            minimal: WireJob(id: LenientString("p"), title: "p", city: nil, state: nil, country: nil, status: nil, workMode: nil, description: nil),
            full: WireJob(id: LenientString("p"), title: "p", city: nil, state: nil, country: nil, status: nil, workMode: "p", description: "p")
        ),
    ]

    /// `value` with the nullable keys of recognised objects, at any depth, present (as null when absent).
    static func apply(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map(apply))
        case .object(var object):
            for (key, item) in object { object[key] = apply(item) }
            let keys = Set(object.keys)
            for shape in shapes where shape.marker.isSubset(of: keys) {
                for key in shape.nullable where object[key] == nil { object[key] = .null }
            }
            return .object(object)
        default:
            return value
        }
    }

    private static func shape<T: Encodable>(minimal: T, full: T) -> Shape {
        let marker = keys(minimal)
        return Shape(marker: marker, nullable: keys(full).subtracting(marker))
    }

    private static func keys<T: Encodable>(_ value: T) -> Set<String> {
        guard case .object(let object)? = JSONCoder.value(of: value) else { return [] }
        return Set(object.keys)
    }
}
