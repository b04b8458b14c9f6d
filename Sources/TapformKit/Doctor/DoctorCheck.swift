/// One line of `tapform doctor`: `✓ what holds`, `✗ what is wrong (what to do)`, or `- what was not
/// checked (why)`, with optional detail lines below it.
public struct DoctorCheck: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case passed
        case failed
        /// Not checked because an earlier check failed; not a failure in itself.
        case skipped
    }

    public var outcome: Outcome
    public var text: String
    /// For a failure: what to do. For a skip: why.
    public var advice: String?
    /// Printed indented below the line: diagnostics, contract mismatches.
    public var details: [String]

    public init(_ outcome: Outcome, _ text: String, advice: String? = nil, details: [String] = []) {
        self.outcome = outcome
        self.text = text
        self.advice = advice
        self.details = details
    }

    static func passed(_ text: String, details: [String] = []) -> DoctorCheck { DoctorCheck(.passed, text, details: details) }
    static func failed(_ text: String, _ advice: String, details: [String] = []) -> DoctorCheck {
        DoctorCheck(.failed, text, advice: advice, details: details)
    }
    static func skipped(_ text: String, _ reason: String) -> DoctorCheck { DoctorCheck(.skipped, text, advice: reason) }

    /// The line and its details, e.g. `✗ the API key was refused (401) (check ...)`.
    public var lines: [String] {
        let head: String
        switch outcome {
        case .passed: head = "✓ \(text)"
        case .failed: head = "✗ \(text)" + (advice.map { " (\($0))" } ?? "")
        case .skipped: head = "- \(text): not checked" + (advice.map { " (\($0))" } ?? "")
        }
        return [head] + details.map { "    \($0)" }
    }
}

/// Everything `tapform doctor` found.
public struct DoctorReport: Sendable, Hashable {
    public var checks: [DoctorCheck]
    /// `--write`: each answer checked, in order (the table).
    public var endpoints: [EndpointCheck]
    /// `--write`: the throwaway assessments created, and whether each was set inactive again.
    public var created: [CreatedAssessment]

    public init(checks: [DoctorCheck], endpoints: [EndpointCheck] = [], created: [CreatedAssessment] = []) {
        self.checks = checks
        self.endpoints = endpoints
        self.created = created
    }

    /// True when no check failed and every answer matched: the command exits 0.
    public var passed: Bool { !checks.contains { $0.outcome == .failed } && endpoints.allSatisfy(\.ok) }

    /// The whole output, one check per line, the table of `--write`, then a summary line.
    public var text: String {
        let failed = checks.count { $0.outcome == .failed }
        let summary = failed == 0 ? "All checks passed."
            : "\(failed) check\(failed == 1 ? "" : "s") failed."
        let table = endpoints.isEmpty ? [] : [""] + EndpointTable.render(endpoints) + [""]
        return (checks.flatMap(\.lines) + table + [summary]).joined(separator: "\n")
    }
}
