import Foundation
import TapformInvite
import TapformResults
import TaptalentAPI

/// `tapform results --flow NAME`: the flow's candidates with their status (and step), optionally only
/// those with one status. Read-only.
public struct FlowResults: Sendable {
    public let client: TaptalentClient

    public init(client: TaptalentClient) {
        self.client = client.readOnlyCopy()
    }

    /// The statuses `--status` accepts.
    public static let statuses = WireFlowCandidateStatus.all

    /// Every candidate of the flow (with `status`, when given), in the API's order.
    public func fetch(flowId: String, status: String?) async throws -> [WireFlowCandidate] {
        try await client.allFlowCandidates(flowId: flowId, status: status)
    }

    static let columns = ["email", "firstName", "lastName", "status", "step", "assignedAt"]

    private static func cells(_ candidate: WireFlowCandidate, masker: EmailMasker?) -> [String] {
        [masker?.display(candidate.email) ?? candidate.email, candidate.firstName ?? "", candidate.lastName ?? "",
         candidate.status, candidate.currentStep.map(String.init) ?? "",
         candidate.assignedAt.map { Timestamp.iso8601(epochMilliseconds: $0) } ?? ""]
    }

    /// CSV (never masked: data), JSON (never masked), or a table (masked when `masker` is enabled).
    public static func render(_ candidates: [WireFlowCandidate], format: ResultsFormat, masker: EmailMasker) throws -> String {
        switch format {
        case .csv:
            return ([CSVWriter.record(columns)] + candidates.map { CSVWriter.record(cells($0, masker: nil)) }).joined()
        case .json:
            let rows = candidates.map { Dictionary(uniqueKeysWithValues: zip(columns, cells($0, masker: nil))) }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        case .table:
            let headers = columns.map { $0.uppercased() }
            let rows = candidates.map { cells($0, masker: masker).map { DisplayWidth.truncate(ResultsTable.sanitise($0), to: 40) } }
            let widths = headers.indices.map { column in ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0 }
            func line(_ cells: [String]) -> String {
                var text = cells.enumerated().map { DisplayWidth.pad($1, to: widths[$0]) }.joined(separator: "  ")
                while text.last == " " { text.removeLast() }
                return text
            }
            return ([line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
                + rows.map(line)).joined(separator: "\n") + "\n"
        }
    }
}
