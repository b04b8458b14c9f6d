import TapformPlan

/// What happened to one assessment of an apply.
public struct AssessmentOutcome: Sendable, Hashable {
    public enum Result: Sendable, Hashable {
        /// Every step ran.
        case done
        /// A step failed; the steps after it did not run.
        case failed(ApplyFailure)
        /// Another run made one of this assessment's changes first: created it (this run did not create it,
        /// or retracted its copy: `CreationRace`), or added one of its questions (this run deleted its
        /// copy: `QuestionRace`). The text says which, with the ids.
        case conflict(String)
        /// A stop was requested (SIGINT, SIGTERM) before `stepsDone` of the steps; the rest did not run.
        case interrupted
    }

    public var action: PlanAction
    public var name: String
    /// The remote id: the one planned for, or the created assessment's.
    public var remoteId: String?
    /// Steps that ran successfully.
    public var stepsDone: Int
    public var stepsPlanned: Int
    public var questionChanges: Int
    public var result: Result
    /// Set when a create's answer was lost and the created assessment was found and adopted.
    public var recovered: Bool
    /// An assessment, or a flow (applied after every assessment).
    public var kind: Kind = .assessment

    public enum Kind: String, Sendable, Hashable {
        case assessment, flow
    }

    public var failure: ApplyFailure? {
        if case .failed(let failure) = result { return failure }
        return nil
    }

    public var conflict: String? {
        if case .conflict(let text) = result { return text }
        return nil
    }

    public var isInterrupted: Bool { result == .interrupted }

    /// The progress line: `+ created "X" (id)`, `~ updated "Y": 3 steps`, `- deactivated "Z": 1 step`,
    /// or `! "Y" failed after 2 of 5 steps: ...`.
    public var progressLine: String {
        let quoted = (kind == .flow ? "flow " : "") + "\"\(name)\""
        if isInterrupted {
            return stepsDone == 0 ? "· \(quoted) not started (interrupted)"
                : "! \(quoted) stopped after \(stepsDone) of \(stepsPlanned) step\(stepsPlanned == 1 ? "" : "s") (interrupted)"
        }
        if let failure {
            return "! \(quoted) failed after \(stepsDone) of \(stepsPlanned) step\(stepsPlanned == 1 ? "" : "s"): "
                + failure.summary
        }
        if let conflict { return "! \(quoted): \(conflict)" }
        let steps = "\(stepsDone) step\(stepsDone == 1 ? "" : "s")"
        switch action {
        case .create:
            return "+ created \(quoted) (\(remoteId ?? "?"))" + (recovered ? "; found after its answer was lost" : "")
        case .deactivate:
            return "- deactivated \(quoted): \(steps)"
        default:
            return "~ updated \(quoted): \(steps)"
        }
    }
}

extension AssessmentOutcome {
    /// The outcome of `entry` before any of its steps ran.
    init(notStarted entry: AssessmentPlan, _ result: Result) {
        self.init(
            action: entry.action, name: entry.name, remoteId: entry.remoteId, stepsDone: 0,
            stepsPlanned: entry.steps.count, questionChanges: entry.action == .create ? 0 : entry.questionChanges.count,
            result: result, recovered: false)
    }
}

/// A failed step, with the API's field messages mapped back to the file.
public struct ApplyFailure: Sendable, Hashable {
    /// One line: the step and the error.
    public var summary: String
    /// One per field the API complained about (or one for the step), at `file:line:col` when known.
    public var diagnostics: [Diagnostic]

    public init(summary: String, diagnostics: [Diagnostic]) {
        self.summary = summary
        self.diagnostics = diagnostics
    }
}

/// The result of an apply: an outcome per assessment with steps, in plan order, then per flow.
public struct ApplyReport: Sendable, Hashable {
    public var outcomes: [AssessmentOutcome]
    /// The flows' outcomes (`kind == .flow`), after the assessments'.
    public var flowOutcomes: [AssessmentOutcome]

    public init(outcomes: [AssessmentOutcome], flowOutcomes: [AssessmentOutcome] = []) {
        self.outcomes = outcomes
        self.flowOutcomes = flowOutcomes
    }

    private var succeeded: [AssessmentOutcome] { outcomes.filter { $0.result == .done } }
    private var everything: [AssessmentOutcome] { outcomes + flowOutcomes }
    public var created: Int { succeeded.count { $0.action == .create } }
    public var updated: Int { succeeded.count { $0.action == .update } }
    public var deactivated: Int { succeeded.count { $0.action == .deactivate } }
    /// Question changes of existing assessments that completed (as counted by the plan summary).
    public var questionChanges: Int { succeeded.reduce(0) { $0 + $1.questionChanges } }
    public var failures: [AssessmentOutcome] { everything.filter { $0.failure != nil } }
    /// Changes another run made first: not made by this run, so not a success.
    public var conflicts: [AssessmentOutcome] { everything.filter { $0.conflict != nil } }
    /// Assessments (and flows) a stop request cut short (`stepsDone > 0`: partial) or kept from starting.
    public var interrupted: [AssessmentOutcome] { everything.filter(\.isInterrupted) }
    public var isSuccess: Bool { failures.isEmpty && conflicts.isEmpty && interrupted.isEmpty }

    /// `Apply complete: 2 created, 3 updated, 0 deactivated; 14 question changes.`, or with failures
    /// `Apply incomplete: 1 of 6 assessments failed; ...`, or with conflicts
    /// `Apply incomplete: 1 of 6 assessments conflicted with another run; ...`.
    public var finalLine: String {
        let questions = questionChanges == 1 ? "1 question change" : "\(questionChanges) question changes"
        let flowsDone = flowOutcomes.filter { $0.result == .done }
        let flows = flowOutcomes.isEmpty ? ""
            : "; flows: \(flowsDone.count { $0.action == .create }) created, \(flowsDone.count { $0.action != .create }) updated"
        let counts = "\(created) created, \(updated) updated, \(deactivated) deactivated; \(questions)\(flows)."
        guard !isSuccess else { return "Apply complete: " + counts }
        let total = everything.count
        let of = "of \(total) " + (flowOutcomes.isEmpty ? "assessment\(total == 1 ? "" : "s")" : "assessments and flows")
        var problems: [String] = []
        if !failures.isEmpty { problems.append("\(failures.count) \(of) failed") }
        if !conflicts.isEmpty {
            problems.append("\(conflicts.count) \(problems.isEmpty ? of + " " : "")conflicted with another run")
        }
        let again = " Run apply again to finish: it continues where this one stopped."
        let cut = interrupted
        if !cut.isEmpty {
            let partial = cut.filter { $0.stepsDone > 0 }
            let done = everything.count { $0.result == .done }
            var parts = ["\(done) done", "\(partial.count) partial", "\(cut.count - partial.count) not started"]
            if !failures.isEmpty { parts.append("\(failures.count) failed") }
            if !conflicts.isEmpty { parts.append("\(conflicts.count) conflicted with another run") }
            let names = partial.map { "\"\($0.name)\" (\($0.stepsDone) of \($0.stepsPlanned) steps)" }
            return "Apply interrupted: " + parts.joined(separator: ", ") + " " + of
                + (names.isEmpty ? "" : "; partial: " + names.joined(separator: ", ")) + ". " + counts + again
        }
        return "Apply incomplete: " + problems.joined(separator: " and ") + " (listed above); " + counts + again
    }

    /// Every failure, one `file:line:col: error: message` a line (`error: message` when no place is known).
    public var failureLines: [String] {
        failures.flatMap { outcome in
            (outcome.failure?.diagnostics ?? []).map { diagnostic in
                diagnostic.location.map { "\($0): error: \(diagnostic.message)" } ?? "error: \(diagnostic.message)"
            }
        }
    }

    /// The failure lines under a heading, the conflicts under theirs, then the final line.
    public var text: String {
        var lines: [String] = []
        let failed = failureLines
        if !failed.isEmpty { lines += ["Failures:"] + failed.map { "  " + $0 } + [""] }
        let conflicted = conflicts.compactMap(\.conflict)
        if !conflicted.isEmpty { lines += ["Conflicts with another run:"] + conflicted.map { "  " + $0 } + [""] }
        lines.append(finalLine)
        return lines.joined(separator: "\n")
    }
}
