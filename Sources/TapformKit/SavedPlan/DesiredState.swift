import TapformPlan
import TapformSpec
import TaptalentAPI

/// The files' side of what a plan was made from: each file's assessment as resolved (templates applied,
/// vars substituted, defaults filled), reduced to a digest. `apply PLANFILE` resolves the current files the
/// same way and refuses the plan when they differ, so the plan applied on `main` is the one made from the
/// files reviewers saw. Where an assessment is written (its lines, comments, key order) is not part of it.
///
/// It covers what the plan covered: the whole content of every file `--only`/`--exclude` selected; of
/// the others, only what identity resolution read from them (name, `renamedFrom`, `id`: a remote
/// assessment they claim is never created or pruned); and `manage:` when the plan was made with `--prune`.
public struct DesiredState: Codable, Sendable, Hashable {
    /// `--only` / `--exclude` of the plan, which `apply PLANFILE` selects with again.
    public var only: [String]
    public var exclude: [String]
    /// tapform.yaml's `manage:` globs when the plan was made with `--prune`, else nil.
    public var manage: [String]?
    /// Selected file path -> `sha256:` digest of its resolved assessment.
    public var files: [String: String]
    /// Path of each other file -> `sha256:` digest of its identity (name, renamedFrom, id).
    public var identities: [String: String]

    /// The desired state of `project` as a plan with `request` reads it.
    public init(project: Project, request: PlanRequest) {
        only = request.filter.only.map(\.pattern)
        exclude = request.filter.exclude.map(\.pattern)
        manage = request.prune ? project.config.manage?.map(\.value) : nil
        files = [:]
        identities = [:]
        for spec in project.spec.assessments {
            let desired = DesiredAssessment(spec)
            if request.filter.selects(name: spec.name.value) {
                files[spec.file] = Self.digest(Self.content(desired))
            } else {
                identities[spec.file] = Self.digest(Self.identity(desired))
            }
        }
        for spec in project.spec.flows where request.filter.selects(name: spec.name.value) {
            files[spec.file] = Self.digest(Self.content(DesiredFlow(spec)))
        }
    }

    /// Every field of a desired flow that the planner reads, except where it is written.
    static func content(_ desired: DesiredFlow) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .object([
            "kind": .string("flow"),
            "name": .string(desired.name),
            "renamedFrom": .array(desired.renamedFrom.map(JSONValue.string)),
            "pinnedId": text(desired.pinnedId),
            "description": text(desired.description),
            "status": .string(desired.status.rawValue),
            "steps": .array(desired.steps.map { step in
                var fields: [String: JSONValue] = [
                    "assessment": .string(step.assessment), "passThreshold": .number(step.passThreshold),
                    "name": text(step.name), "instructions": text(step.instructions), "passAction": text(step.passAction),
                ]
                // Only when written, so that a step without it digests as before it existed.
                if let id = step.assessmentId { fields["assessmentId"] = .string(id) }
                return .object(fields)
            }),
        ])
    }

    /// The request that selects as the plan did (for resolving the current files again).
    var request: PlanRequest {
        PlanRequest(filter: AssessmentFilter(only: only, exclude: exclude), prune: manage != nil)
    }

    /// What changed from `self` (when the plan was made) to `current`, one phrase each; empty when the
    /// files resolve to the same desired state.
    func changes(to current: DesiredState) -> [String] {
        var changes: [String] = []
        for path in Set(files.keys).union(current.files.keys).sorted() {
            switch (files[path], current.files[path]) {
            case (nil, _?): changes.append(identities[path] == nil ? "\(path) is new" : "\(path) is now selected")
            case (_?, nil): changes.append(current.identities[path] == nil ? "\(path) is gone" : "\(path) is no longer selected")
            case let (old?, new?) where old != new: changes.append("\(path) changed")
            default: break
            }
        }
        for path in Set(identities.keys).union(current.identities.keys).sorted()
        where files[path] == nil && current.files[path] == nil {
            switch (identities[path], current.identities[path]) {
            case (nil, _?): changes.append("\(path) is new (not selected, but it claims an assessment)")
            case (_?, nil): changes.append("\(path) is gone (not selected, but it claimed an assessment)")
            case let (old?, new?) where old != new: changes.append("the name, renamedFrom or id of \(path) changed")
            default: break
            }
        }
        if manage != current.manage { changes.append("manage: in \(ProjectConfig.fileName) changed") }
        return changes
    }

    /// Every field of a desired assessment that the planner reads, except where it is written. A test
    /// checks that a field added to `DesiredAssessment` is added here.
    static func content(_ desired: DesiredAssessment) -> JSONValue {
        var fields = identityFields(desired)
        for setting in AssessmentSetting.allCases {
            fields[setting.fileKey] = json(desired[setting])
        }
        fields["protect"] = .bool(desired.protect)
        fields["questions"] = desired.questions.map { questions in
            .array(questions.map { question in
                .object([
                    "text": .string(question.text),
                    "timeLimitSeconds": .number(Double(question.timeLimitSeconds)),
                    "idealAnswer": question.idealAnswer.map(JSONValue.string) ?? .null,
                ])
            })
        } ?? .null
        fields["generateCount"] = desired.generateCount.map { .number(Double($0)) } ?? .null
        return .object(fields)
    }

    private static func json(_ value: SettingValue) -> JSONValue {
        switch value {
        case .text(let text): text.map(JSONValue.string) ?? .null
        case .number(let number): .number(Double(number))
        case .list(let items): .array(items.map(JSONValue.string))
        case .flag(let flag): .bool(flag)
        case .status(let status): .string(status.rawValue)
        }
    }

    static func identity(_ desired: DesiredAssessment) -> JSONValue { .object(identityFields(desired)) }

    private static func identityFields(_ desired: DesiredAssessment) -> [String: JSONValue] {
        [
            "name": .string(desired.name),
            "renamedFrom": .array(desired.renamedFrom.map(JSONValue.string)),
            "pinnedId": desired.pinnedId.map(JSONValue.string) ?? .null,
        ]
    }

    static func digest(_ value: JSONValue) -> String {
        "sha256:" + SHA256.hex(of: CanonicalJSON.bytes(value))
    }
}
