import Foundation
import TapformInvite

/// Results as a JSON array of objects, every column present (`null` when absent), times ISO 8601 UTC.
public enum ResultsJSON {
    private struct Row: Encodable {
        let result: CandidateResult

        enum CodingKeys: String, CodingKey {
            case email, firstName, lastName, score, cefrLevel, submittedAt, reportUrl
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(result.email, forKey: .email)
            try container.encode(result.firstName, forKey: .firstName)
            try container.encode(result.lastName, forKey: .lastName)
            try container.encode(result.score.flatMap { $0.isFinite ? $0 : nil }, forKey: .score)
            try container.encode(result.cefrLevel, forKey: .cefrLevel)
            try container.encode(result.submittedAt.map { Timestamp.iso8601(epochMilliseconds: $0) }, forKey: .submittedAt)
            try container.encode(result.reportUrl, forKey: .reportUrl)
        }
    }

    public static func render(_ results: [CandidateResult]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(results.map(Row.init))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
