import Foundation
import TapformInvite
import TapformResults
import TaptalentAPI

/// `tapform results`: the candidates who completed an assessment, from every page, with score, CEFR
/// level, submission time and report link. Read-only: the client it is given is made read-only.
public struct ResultsUseCase: Sendable {
    public let client: TaptalentClient

    public init(client: TaptalentClient) {
        self.client = client.readOnlyCopy()
    }

    /// Every completed candidate of `assessmentId`, oldest submission first (then by email), so that
    /// two exports of the same data are identical.
    public func fetch(assessmentId: String) async throws -> [CandidateResult] {
        let candidates = try await client.allCandidates(assessmentId: assessmentId)
        return candidates
            .filter { ($0.status ?? WireCandidateStatus.completed).uppercased() == WireCandidateStatus.completed }
            .map(CandidateResult.init)
            .sorted { ($0.submittedAt ?? .max, $0.email) < ($1.submittedAt ?? .max, $1.email) }
    }

    /// The results as text in `format`. CSV neutralises spreadsheet formulas; the table masks emails when
    /// `masker` is enabled (a table is for reading in a log; CSV and JSON are data and are never masked).
    public static func render(_ results: [CandidateResult], format: ResultsFormat, masker: EmailMasker) throws -> String {
        switch format {
        case .csv:
            return ResultsCSV.render(results)
        case .json:
            return try ResultsJSON.render(results)
        case .table:
            let shown = results.map { result in
                var copy = result
                copy.email = masker.display(result.email)
                return copy
            }
            return ResultsTable.render(shown)
        }
    }
}

extension CandidateResult {
    init(_ wire: WireCandidate) {
        self.init(
            email: wire.email, firstName: wire.firstName, lastName: wire.lastName, score: wire.score,
            cefrLevel: wire.cefrLevel, submittedAt: wire.submittedAt, reportUrl: wire.reportUrl)
    }
}
