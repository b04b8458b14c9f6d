import TaptalentContract
import TapformSupport

/// Plans the flows (after the assessments). Pure and deterministic.
///
/// Identity as for assessments: a pinned `id`, else `name`, else each `renamedFrom`; where a name matches
/// several remote flows, the one active flow among them (a flow replaced with `--replace` is inactive and
/// renamed, so it never competes). Steps are compared by position: the API keeps an existing flow's steps
/// as they are but for their thresholds, and lets steps be appended; any other change (an assessment
/// changed or moved, a step's name, instructions or passAction changed, a step removed) is refused at
/// the step's line, with what to do, unless the flow is named in `--replace`.
public enum FlowPlanner {
    public struct Input: Sendable {
        public var desired: [DesiredFlow]
        public var remote: [RemoteFlow]
        /// Every assessment a step may name (normal form) and how to reach it: the files' (matched or
        /// created by this plan) and the account's.
        public var assessments: [String: FlowAssessmentRef]
        /// Assessment names of files whose plan is blocked: a step naming one cannot be planned.
        public var blockedAssessments: Set<String>
        /// The account's assessments, id -> name (normal form), for steps that pin `assessmentId`.
        public var accountAssessments: [String: String]
        /// `--replace`: names of flows to replace when their steps change in a way the API refuses.
        public var replace: Set<String>
        /// "Did you mean" for an unknown assessment name, among `assessments`' names.
        public var suggest: @Sendable (String, [String]) -> String?

        public init(desired: [DesiredFlow], remote: [RemoteFlow], assessments: [String: FlowAssessmentRef],
                    blockedAssessments: Set<String> = [], accountAssessments: [String: String] = [:],
                    replace: Set<String> = [],
                    suggest: @escaping @Sendable (String, [String]) -> String? = { _, _ in nil }) {
            self.desired = desired
            self.remote = remote
            self.assessments = assessments
            self.blockedAssessments = blockedAssessments
            self.accountAssessments = accountAssessments.mapValues(TextNormalizer.normalize)
            self.replace = Set(replace.map(TextNormalizer.normalize))
            self.suggest = suggest
        }
    }

    /// The prefix of the name a replaced flow gets, so that no file matches it any more.
    public static func replacedName(_ name: String, id: String) -> String {
        clipped("[replaced \(id)] ", name)
    }

    /// The name of a duplicate a run retracts after losing a creation race.
    public static func retractedName(_ name: String, id: String) -> String {
        clipped("[retracted duplicate \(id)] ", name)
    }

    private static func clipped(_ prefix: String, _ name: String) -> String {
        let room = maxNameLength - prefix.count
        return prefix + (name.count > room ? String(name.prefix(room - 1)) + "…" : name)
    }

    static let maxNameLength = 200

    public static func plan(_ input: Input) -> [FlowPlan] {
        var claimed: [String: String] = [:]
        var entries: [FlowPlan] = []
        for desired in input.desired.sorted(by: { $0.filePath < $1.filePath }) {
            var entry: FlowPlan
            switch match(desired, in: input.remote) {
            case .failed(let error):
                entry = FlowPlan(action: .blocked, name: desired.name, filePath: desired.filePath,
                                 location: desired.location(of: .name), errors: [error])
            case .found(let remote, _) where claimed[remote.id] != nil:
                entry = FlowPlan(action: .blocked, name: desired.name, remoteId: remote.id, filePath: desired.filePath,
                                 location: desired.location(of: .name), errors: [Diagnostic(.error,
                                    "remote flow \(remote.id) is matched by more than one file: \(claimed[remote.id] ?? ""), "
                                        + desired.filePath, at: desired.location(of: .name))])
            case .found(let remote, let renamedFrom):
                claimed[remote.id] = desired.filePath
                entry = planUpdate(desired, remote: remote, renamedFrom: renamedFrom, input: input)
            case .none:
                entry = planCreate(desired, input: input)
            }
            entries.append(entry)
        }
        return entries
    }

    // MARK: - Identity

    /// The id of the remote flow a file manages (as `plan` finds it), or nil (none, or no single one).
    public static func managedId(_ desired: DesiredFlow, in remote: [RemoteFlow]) -> String? {
        if case .found(let flow, _) = match(desired, in: remote) { flow.id } else { nil }
    }

    private enum Match {
        case found(RemoteFlow, renamedFrom: String?)
        case none
        case failed(Diagnostic)
    }

    private static func match(_ desired: DesiredFlow, in remote: [RemoteFlow]) -> Match {
        if let pin = desired.pinnedId {
            guard let flow = remote.first(where: { $0.id == pin }) else {
                return .failed(Diagnostic(.error, "id \(pin) is pinned but no flow with that id exists in the account",
                                              at: desired.location(of: .id)))
            }
            return .found(flow, renamedFrom: nil)
        }
        for (position, name) in ([desired.name] + desired.renamedFrom).enumerated() {
            var hits = remote.filter { $0.name == name }
            if hits.count > 1 { hits = hits.filter { $0.status == .active } }
            if hits.isEmpty { continue }
            guard hits.count == 1 else {
                let ids = hits.map(\.id).joined(separator: ", ")
                return .failed(Diagnostic(.error, "\"\(name)\" matches \(hits.count) active remote flows (\(ids)); pin one with `id:`",
                                              at: desired.location(of: position == 0 ? .name : .renamedFrom)))
            }
            return .found(hits[0], renamedFrom: position == 0 ? nil : name)
        }
        return .none
    }

    // MARK: - Steps

    /// The steps with their assessments resolved, or the errors at the steps that name none; warnings for
    /// a pinned `assessmentId` whose assessment the account now names otherwise.
    private static func resolveSteps(_ desired: DesiredFlow, input: Input) -> (contents: [FlowStepContent],
                                                                               errors: [Diagnostic], warnings: [Diagnostic]) {
        var contents: [FlowStepContent] = []
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let known = Array(input.assessments.keys).sorted()
        for (index, step) in desired.steps.enumerated() {
            if let pin = step.assessmentId {
                guard let name = input.accountAssessments[pin] else {
                    errors.append(Diagnostic(.error,
                        "step \(index + 1): assessmentId \(pin) is pinned but the account has no assessment with that id; "
                            + "fix the id, or remove it to find the assessment by name", at: step.location))
                    continue
                }
                if name != step.assessment {
                    warnings.append(Diagnostic(.warning,
                        "step \(index + 1): assessmentId \(pin) is named \"\(name)\" in the account, not \"\(step.assessment)\"; "
                            + "the step uses the id", at: step.location))
                }
                contents.append(FlowStepContent(
                    assessment: FlowAssessmentRef(name: name, id: pin), passThreshold: step.passThreshold, name: step.name,
                    instructions: step.instructions, passAction: step.passAction))
                continue
            }
            if input.blockedAssessments.contains(step.assessment) {
                errors.append(Diagnostic(.error,
                    "step \(index + 1): the assessment \"\(step.assessment)\" is blocked in this plan (see its errors); "
                        + "the flow waits for it", at: step.location))
                continue
            }
            guard let ref = input.assessments[step.assessment] else {
                let shared = input.accountAssessments.filter { $0.value == step.assessment }.keys.sorted()
                if shared.count > 1 {
                    errors.append(Diagnostic(.error,
                        "step \(index + 1): the account has \(shared.count) assessments named \"\(step.assessment)\" "
                            + "(ids \(shared.joined(separator: ", "))); pin one with `assessmentId:` in the step", at: step.location))
                    continue
                }
                let hint = input.suggest(step.assessment, known).map { "; did you mean \"\($0)\"?" } ?? ""
                errors.append(Diagnostic(.error,
                    "step \(index + 1): no assessment named \"\(step.assessment)\" in the files or in the account\(hint)",
                    at: step.location))
                continue
            }
            contents.append(FlowStepContent(
                assessment: ref, passThreshold: step.passThreshold, name: step.name, instructions: step.instructions,
                passAction: step.passAction))
        }
        return (contents, errors, warnings)
    }

    private static func planCreate(_ desired: DesiredFlow, input: Input) -> FlowPlan {
        var entry = FlowPlan(action: .create, name: desired.name, filePath: desired.filePath, location: desired.location(of: .name))
        let (contents, errors, warnings) = resolveSteps(desired, input: input)
        entry.errors = errors
        entry.warnings = warnings
        entry.fieldDiffs = [FieldDiff(field: FlowKey.name.rawValue, old: nil, new: .text(desired.name),
                                      location: desired.location(of: .name))]
        if let description = desired.description {
            entry.fieldDiffs.append(FieldDiff(field: FlowKey.description.rawValue, old: nil, new: .text(description),
                                              location: desired.location(of: .description)))
        }
        entry.stepChanges = desired.steps.enumerated().map { index, step in
            FlowStepChange(kind: .create, position: index + 1, assessment: step.assessment,
                           fieldDiffs: [thresholdDiff(nil, step)], location: step.location)
        }
        guard errors.isEmpty else { return blocked(entry) }
        entry.steps = [.createFlow(CreateFlowStep(
            name: desired.name, description: desired.description, steps: contents, status: desired.status))]
        return entry
    }

    private static func planUpdate(_ desired: DesiredFlow, remote: RemoteFlow, renamedFrom: String?, input: Input) -> FlowPlan {
        var entry = FlowPlan(action: .noChange, name: desired.name, remoteId: remote.id, filePath: desired.filePath,
                             location: desired.location(of: .name), renamedFrom: renamedFrom,
                             fingerprint: FlowFingerprint.of(remote))
        let (contents, errors, warnings) = resolveSteps(desired, input: input)
        entry.warnings = warnings
        guard errors.isEmpty else {
            entry.errors = errors
            return blocked(entry)
        }
        var update = UpdateFlowStep(flowId: remote.id)
        if desired.name != remote.name {
            update.name = desired.name
            entry.fieldDiffs.append(FieldDiff(field: FlowKey.name.rawValue, old: .text(remote.name),
                                              new: .text(desired.name), location: desired.location(of: .name)))
        }
        if desired.description != remote.description {
            update.description = NewValue(desired.description)
            entry.fieldDiffs.append(FieldDiff(field: FlowKey.description.rawValue, old: remote.description.map(FieldValue.text),
                                              new: desired.description.map(FieldValue.text), location: desired.location(of: .description)))
        }
        if desired.status != remote.status {
            update.status = desired.status
            entry.fieldDiffs.append(FieldDiff.choice(field: FlowKey.status.rawValue, old: remote.status.rawValue,
                                                     new: desired.status.rawValue, location: desired.location(of: .status)))
        }

        let names = assessmentNames(input)
        var refused: [Diagnostic] = []
        var stepsChanged = false
        for (index, step) in desired.steps.enumerated() {
            let content = contents[index]
            guard index < remote.steps.count else {
                stepsChanged = true
                entry.stepChanges.append(FlowStepChange(kind: .create, position: index + 1, assessment: step.assessment,
                                                        fieldDiffs: [thresholdDiff(nil, step)], location: step.location))
                continue
            }
            let old = remote.steps[index]
            if let problem = refusal(old: old, new: step, content: content, position: index + 1, names: names) {
                refused.append(Diagnostic(.error, problem, at: step.location))
                entry.stepChanges.append(FlowStepChange(kind: .refused, position: index + 1, assessment: step.assessment,
                                                        location: step.location))
            } else if old.passThreshold != step.passThreshold {
                stepsChanged = true
                entry.stepChanges.append(FlowStepChange(kind: .update, position: index + 1, assessment: step.assessment,
                                                        fieldDiffs: [thresholdDiff(old.passThreshold, step)],
                                                        location: step.thresholdLocation))
            }
        }
        for index in desired.steps.count..<max(desired.steps.count, remote.steps.count) {
            let old = remote.steps[index]
            let name = names[old.assessmentId] ?? old.assessmentName ?? old.assessmentId
            let at = index < desired.steps.count ? desired.steps[index].location : desired.location(of: .steps)
            refused.append(Diagnostic(.error,
                "step \(index + 1) (\"\(name)\") was removed from the file, but the API cannot remove a step from an existing flow",
                at: at))
            entry.stepChanges.append(FlowStepChange(kind: .delete, position: index + 1, assessment: name, location: at))
        }

        if !refused.isEmpty {
            if input.replace.contains(desired.name) {
                return planReplace(desired, remote: remote, contents: contents, entry: entry)
            }
            let what = "to change them, give the flow a new name (a new flow; this one stays as it is), or apply with "
                + "--replace \"\(desired.name)\" (creates the new flow and deactivates this one)"
            entry.errors = refused.map { Diagnostic(.error, $0.message + "; " + what, at: $0.location) }
            return blocked(entry)
        }
        if stepsChanged { update.steps = contents }
        if update != UpdateFlowStep(flowId: remote.id) {
            entry.steps = [.updateFlow(update)]
            entry.action = desired.status == .inactive && remote.status == .active ? .deactivate : .update
        }
        return entry
    }

    /// `--replace`: the old flow is deactivated and renamed, then the new one created under the name.
    private static func planReplace(_ desired: DesiredFlow, remote: RemoteFlow, contents: [FlowStepContent], entry: FlowPlan) -> FlowPlan {
        var entry = entry
        if desired.pinnedId != nil {
            entry.errors = [Diagnostic(.error,
                "--replace creates a new flow, but the file pins the old one with `id:`; remove the pin to replace it",
                at: desired.location(of: .id))]
            return blocked(entry)
        }
        entry.action = .create
        entry.warnings.append(Diagnostic(.warning,
            "--replace: flow \(remote.id) is deactivated and renamed \"\(replacedName(remote.name, id: remote.id))\", "
                + "then a new flow \"\(desired.name)\" is created with the file's steps; candidates already in the old "
                + "flow stay there", at: desired.location(of: .name)))
        entry.steps = [.createFlow(CreateFlowStep(
            name: desired.name, description: desired.description, steps: contents, status: desired.status,
            replaces: remote.id, replacedName: replacedName(remote.name, id: remote.id)))]
        return entry
    }

    /// Why the API would refuse to turn `old` into `new`, or nil when only the threshold may differ.
    private static func refusal(old: RemoteFlowStep, new: DesiredFlowStep, content: FlowStepContent, position: Int,
                                names: [String: String]) -> String? {
        let oldName = names[old.assessmentId] ?? old.assessmentName ?? old.assessmentId
        if content.assessment.id != old.assessmentId {
            return "step \(position) is \"\(oldName)\" in the account and \"\(new.assessment)\" in the file, but the API "
                + "cannot change, reorder or remove the steps of an existing flow"
        }
        for (field, was, now) in [("name", old.name, new.name), ("instructions", old.instructions, new.instructions),
                                  ("passAction", old.passAction, new.passAction)] where now != nil && now != was {
            return "step \(position) (\"\(oldName)\"): its \(field) changed, but the API can change only the "
                + "passThreshold of an existing step"
        }
        return nil
    }

    private static func assessmentNames(_ input: Input) -> [String: String] {
        var names: [String: String] = [:]
        for (name, ref) in input.assessments.sorted(by: { $0.key < $1.key }) {
            if let id = ref.id, names[id] == nil { names[id] = name }
        }
        return names.merging(input.accountAssessments) { file, _ in file }
    }

    private static func thresholdDiff(_ old: Double?, _ step: DesiredFlowStep) -> FieldDiff {
        FieldDiff(field: "passThreshold", old: old.map(thresholdValue), new: thresholdValue(step.passThreshold),
                  location: step.thresholdLocation)
    }

    /// A whole threshold as an integer (`75`), another as a number (`72.5`); displayed as `displayNumber` writes it.
    private static func thresholdValue(_ number: Double) -> FieldValue {
        isWhole(number) ? .integer(Int(number)) : .number(number)
    }

    private static func isWhole(_ number: Double) -> Bool { number.rounded() == number && abs(number) < 1e15 }

    public static func displayNumber(_ number: Double) -> String {
        isWhole(number) ? String(Int64(number)) : String(number)
    }

    private static func blocked(_ entry: FlowPlan) -> FlowPlan {
        var entry = entry
        entry.action = .blocked
        entry.steps = []
        return entry
    }
}

/// Fingerprints of remote flows, for a saved plan's stale check.
public enum FlowFingerprint {
    public static func of(_ flow: RemoteFlow) -> String {
        var hash = StableHash()
        hash.add(flow.id)
        hash.add(flow.name)
        hash.add(flow.description)
        hash.add(flow.status.rawValue)
        hash.add(flow.steps.count)
        for step in flow.steps {
            hash.add(step.assessmentId)
            hash.add(FlowPlanner.displayNumber(step.passThreshold))
            hash.add(step.name)
            hash.add(step.instructions)
            hash.add(step.passAction)
        }
        return hash.hex
    }
}
