import Foundation
import TapformInvite
import TapformResults
import TaptalentAPI

/// `tapform results --flow NAME`: the flow's candidates with their status and the step they are on,
/// optionally only those with one status. Read-only.
public struct FlowResults: Sendable {
    public let client: TaptalentClient

    public init(client: TaptalentClient) {
        self.client = client.readOnlyCopy()
    }

    /// The statuses `--status` accepts.
    public static let statuses = WireFlowCandidateStatus.all

    /// Every candidate of the flow (with `status`, when given), in the API's order, each with its step
    /// (from the flow's own steps: `GET /assessment-flows/:id`).
    public func fetch(_ flow: LocatedAssessment, status: String?, environment: String) async throws -> FlowResultsReport {
        let candidates: [WireFlowCandidate]
        let steps: [WireFlowStep]
        do {
            candidates = try await client.allFlowCandidates(flowId: flow.id, status: status)
            steps = try await client.flow(id: flow.id).steps
        } catch let error as TaptalentError where error.isNotFound {
            throw TapformError("the \(flow.label) was not found in environment \"\(environment)\" (404): it was deleted "
                + "since it was listed. Check the flow's name (tapform plan lists the flows of the files), then run again")
        }
        return FlowResultsReport(
            environment: environment, flow: .init(id: flow.id, name: flow.name), status: status,
            candidates: candidates.map { candidate in
                FlowResultsReport.Candidate(
                    email: candidate.email, firstName: candidate.firstName, lastName: candidate.lastName,
                    status: candidate.status,
                    step: candidate.currentStep.map { position in
                        let step = steps.indices.contains(position - 1) ? steps[position - 1] : nil
                        return FlowResultsReport.Step(position: position, assessment: step.map {
                            .init(id: $0.assessmentId.value, name: $0.assessmentName)
                        })
                    },
                    assignedAt: candidate.assignedAt.map { Timestamp.iso8601(epochMilliseconds: $0) })
            })
    }

    static let columns = ["email", "firstName", "lastName", "status", "step", "assignedAt"]

    private static func cells(_ candidate: FlowResultsReport.Candidate, masker: EmailMasker?) -> [String] {
        [masker?.display(candidate.email) ?? candidate.email, candidate.firstName ?? "", candidate.lastName ?? "",
         candidate.status, candidate.step.map { String($0.position) } ?? "", candidate.assignedAt ?? ""]
    }

    /// CSV (never masked: data), the JSON report (never masked), or a table (masked when `masker` is enabled).
    public static func render(_ report: FlowResultsReport, format: ResultsFormat, masker: EmailMasker) -> String {
        let candidates = report.candidates
        switch format {
        case .csv:
            return ([CSVWriter.record(columns)] + candidates.map { CSVWriter.record(cells($0, masker: nil)) }).joined()
        case .json:
            return ReportRendering.json(report)
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

/// What `results --flow` found: the flow, the status asked for, and each candidate with their step.
public struct FlowResultsReport: Sendable, Hashable {
    public struct Flow: Sendable, Hashable, Encodable {
        public var id: String
        public var name: String
    }

    /// The step a candidate is on.
    public struct Step: Sendable, Hashable {
        /// 1-based.
        public var position: Int
        /// The step's assessment; nil when the flow has no step at `position`.
        public var assessment: Assessment?
    }

    public struct Assessment: Sendable, Hashable, Encodable {
        public var id: String
        /// nil when the API did not send it.
        public var name: String?
    }

    public struct Candidate: Sendable, Hashable {
        public var email: String
        public var firstName: String?
        public var lastName: String?
        /// One of `FlowResults.statuses`, or what the API sent.
        public var status: String
        /// nil when the API gives no step.
        public var step: Step?
        /// ISO 8601 UTC.
        public var assignedAt: String?
    }

    public var environment: String
    public var flow: Flow
    /// `--status`, upper-case; nil: every candidate.
    public var status: String?
    public var candidates: [Candidate]
}
