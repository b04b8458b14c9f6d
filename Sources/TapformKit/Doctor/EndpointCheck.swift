import Foundation

/// One answer `doctor --write` compared with the contract: a row of its table.
public struct EndpointCheck: Sendable, Hashable, Codable {
    /// `POST /assessment/audio-interviews`, with a note when the same endpoint is checked again.
    public var endpoint: String
    /// What the contract says: the status and the answer's content, e.g. `200, an assessment with 2 questions`.
    public var expected: String
    /// What came back: the status and the envelope, or the error.
    public var seen: String
    public var ok: Bool
    /// Every difference, by field: `data.duration: missing (expected integer)`.
    public var mismatches: [String]

    public init(endpoint: String, expected: String, seen: String, ok: Bool, mismatches: [String]) {
        self.endpoint = endpoint
        self.expected = expected
        self.seen = seen
        self.ok = ok
        self.mismatches = mismatches
    }
}

/// An assessment `doctor --write` created, and whether it was set inactive again.
public struct CreatedAssessment: Sendable, Hashable, Codable {
    public var name: String
    public var id: String
    public var deactivated: Bool

    public init(name: String, id: String, deactivated: Bool) {
        self.name = name
        self.id = id
        self.deactivated = deactivated
    }
}

/// The rows as a table with the columns endpoint, expected, seen, ok; each mismatch indented below its row.
enum EndpointTable {
    static let header = ["endpoint", "expected", "seen", "ok"]

    static func render(_ rows: [EndpointCheck]) -> [String] {
        let cells = [header] + rows.map { [$0.endpoint, $0.expected, $0.seen, $0.ok ? "✓" : "✗"] }
        let widths = (0..<header.count).map { column in cells.map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(header)]
        for (row, cell) in zip(rows, cells.dropFirst()) {
            lines.append(line(cell))
            lines += row.mismatches.map { "    \($0)" }
        }
        return lines
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
