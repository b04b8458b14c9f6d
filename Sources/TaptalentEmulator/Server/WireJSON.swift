import TaptalentAPI

/// The service sends some absent values as JSON `null` (an assessment's `jobId`, a candidate's
/// `cefrLevel`), while the Wire types leave nil fields out. These wrappers encode a Wire value and add
/// those nulls. The key names are the Wire types' coding keys, so no wire name is restated here.
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

    /// The fields written as explicit null, and the list/pagination pairs, by their coding keys.
    private enum Keys {
        static let jobId = WireAssessment.CodingKeys.jobId.stringValue
        static let purpose = WireAssessment.CodingKeys.purposeOfInterview.stringValue
        static let firstName = WireCandidate.CodingKeys.firstName.stringValue
        static let lastName = WireCandidate.CodingKeys.lastName.stringValue
        static let cefrLevel = WireCandidate.CodingKeys.cefrLevel.stringValue
        static let assessments = WireAssessmentList.CodingKeys.assessments.stringValue
        static let assessmentsPagination = WireAssessmentList.CodingKeys.pagination.stringValue
        static let candidates = WireCandidateList.CodingKeys.candidates.stringValue
        static let candidatesPagination = WireCandidateList.CodingKeys.pagination.stringValue
    }
}
