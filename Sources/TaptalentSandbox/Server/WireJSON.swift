import TaptalentAPI

/// The service sends some absent values as JSON `null` (an assessment's `jobId`, a candidate's
/// `cefrLevel`), while the Wire types leave nil fields out. These wrappers encode a Wire value and add
/// those nulls. The key names come from the Wire types' own encoding (probe values), so no wire name
/// is restated here.
enum WireJSON {
    /// A Wire value plus the keys to write as explicit null.
    struct WithNulls<Value: Encodable>: Encodable {
        let value: Value
        let nullKeys: [String]

        func encode(to encoder: any Encoder) throws {
            try value.encode(to: encoder)
            var container = encoder.container(keyedBy: NameKey.self)
            for key in nullKeys { try container.encodeNil(forKey: NameKey(key)) }
        }
    }

    /// An object of two named fields (a list and its pagination).
    struct Pair<First: Encodable, Second: Encodable>: Encodable {
        let first: (key: String, value: First)
        let second: (key: String, value: Second)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: NameKey.self)
            try container.encode(first.value, forKey: NameKey(first.key))
            try container.encode(second.value, forKey: NameKey(second.key))
        }
    }

    static func assessment(_ wire: WireAssessment) -> WithNulls<WireAssessment> {
        WithNulls(value: wire, nullKeys: (wire.jobId == nil ? [Keys.jobId] : []) + (wire.purposeOfInterview == nil ? [Keys.purpose] : []))
    }

    static func candidate(_ wire: WireCandidate) -> WithNulls<WireCandidate> {
        var keys: [String] = []
        if wire.firstName == nil { keys.append(Keys.firstName) }
        if wire.lastName == nil { keys.append(Keys.lastName) }
        if wire.cefrLevel == nil { keys.append(Keys.cefrLevel) }
        return WithNulls(value: wire, nullKeys: keys)
    }

    static func assessmentList(_ list: WireAssessmentList) -> some Encodable {
        Pair(first: (Keys.assessments, list.assessments.map(assessment)), second: (Keys.assessmentsPagination, list.pagination))
    }

    static func candidateList(_ list: WireCandidateList) -> some Encodable {
        Pair(first: (Keys.candidates, list.candidates.map(candidate)), second: (Keys.candidatesPagination, list.pagination))
    }

    struct NameKey: CodingKey {
        let stringValue: String
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    private enum Keys {
        static let jobId = key(WireAssessment(assessmentId: "", testName: "", jobId: LenientString("~1")), .string("~1"))
        static let purpose = key(WireAssessment(assessmentId: "", testName: "", purposeOfInterview: "~1"), .string("~1"))
        private static let candidateProbe = WireCandidate(
            candidateId: "", email: "", firstName: "~1", lastName: "~2", status: nil, score: nil, cefrLevel: "~3",
            submittedAt: nil, reportUrl: nil
        )
        static let firstName = key(candidateProbe, .string("~1"))
        static let lastName = key(candidateProbe, .string("~2"))
        static let cefrLevel = key(candidateProbe, .string("~3"))
        private static let pagination = WirePagination(page: 7, limit: 8, total: 9)
        static let assessments = key(WireAssessmentList(assessments: [], pagination: pagination), .array([]))
        static let assessmentsPagination = paginationKey(WireAssessmentList(assessments: [], pagination: pagination))
        static let candidates = key(WireCandidateList(candidates: [], pagination: pagination), .array([]))
        static let candidatesPagination = paginationKey(WireCandidateList(candidates: [], pagination: pagination))

        private static func paginationKey<T: Encodable>(_ probe: T) -> String {
            guard case .object(let object)? = JSONCoder.value(of: probe),
                let match = object.first(where: { if case .object = $0.value { return true } else { return false } })
            else { preconditionFailure("no pagination in \(T.self)") }
            return match.key
        }

        private static func key<T: Encodable>(_ probe: T, _ value: JSONValue) -> String {
            guard case .object(let object)? = JSONCoder.value(of: probe),
                let match = object.first(where: { $0.value == value })
            else { preconditionFailure("no field of \(T.self) encodes \(value)") }
            return match.key
        }
    }
}
