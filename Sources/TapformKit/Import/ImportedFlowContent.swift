import TapformPlan
import TapformSpec
import TaptalentAPI

/// The file `import` writes for one remote flow: its name, description, status and steps, each step naming
/// its assessment the way `plan` finds it again: by the name of the assessment file that manages it or by
/// its unique name in the account; where the name finds another assessment or several, by
/// `assessmentId:` with a comment saying why.
struct ImportedFlowContent {
    /// The project's assessment files (after this import's), by name, as `plan` sees them.
    let files: [String: FlowPlanning.FileAssessment]
    /// What a step's name finds in a plan: `FlowPlanning.input`'s view.
    private let refs: [String: FlowAssessmentRef]
    private let blocked: Set<String>
    /// The account's assessments by id.
    private let accountName: [String: String]
    /// The ids of the account's assessments sharing each name.
    private let sharedName: [String: [String]]
    /// The files managing each remote id, by file name.
    private let fileNameOf: [String: String]

    init(files: [String: FlowPlanning.FileAssessment], summaries: [RemoteAssessmentSummary]) {
        self.files = files
        let input = FlowPlanning.input([], remote: [], files: files, summaries: summaries, replace: [])
        refs = input.assessments
        blocked = input.blockedAssessments
        accountName = input.accountAssessments
        sharedName = Dictionary(grouping: summaries.map { (TextNormalizer.normalize($0.name), $0.id) }) { $0.0 }
            .mapValues { $0.map(\.1).sorted() }.filter { $0.value.count > 1 }
        var fileNameOf: [String: String] = [:]
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            if case .existing(let id) = file, fileNameOf[id] == nil { fileNameOf[id] = name }
        }
        self.fileNameOf = fileNameOf
    }

    /// The values of the file for `flow`.
    /// - Parameter pinId: write `id:` (when another remote flow shares the name).
    func values(_ flow: WireFlow, pinId: Bool) -> FlowFileValues {
        FlowFileValues(
            name: flow.flowName, id: pinId ? flow.id.value : nil,
            description: TextNormalizer.normalizeOptional(flow.description) == nil ? nil : flow.description,
            status: AssessmentStatus(wire: flow.status) == .inactive ? .inactive : nil,
            steps: flow.steps.map(step))
    }

    /// The whole file text, headed by a comment saying where it came from.
    func text(_ values: FlowFileValues, flowId: String, environment: String) -> String {
        let header = "Imported by `tapform import` from environment \"\(environment)\" (flow id \(flowId))."
        return FlowFileWriter.write(values, headerComment: header)
    }

    private func step(_ wire: WireFlowStep) -> FlowFileValues.Step {
        let id = wire.assessmentId.value
        func present(_ text: String?) -> String? { TextNormalizer.normalizeOptional(text) == nil ? nil : text }
        var step = FlowFileValues.Step(
            assessment: accountName[id] ?? wire.assessmentName ?? id, passThreshold: wire.passThreshold,
            name: present(wire.name), instructions: present(wire.instructions), passAction: present(wire.passAction))
        if let name = [fileNameOf[id], accountName[id]].compactMap({ $0 }).first(where: finds(id)) {
            step.assessment = name
        } else {
            step.assessmentId = id
            step.pinReason = pinReason(id)
        }
        return step
    }

    /// Whether a step naming `name` finds the assessment `id` in a plan.
    private func finds(_ id: String) -> (String) -> Bool {
        { name in refs[name]?.id == id && !blocked.contains(name) }
    }

    private func pinReason(_ id: String) -> String {
        guard let name = accountName[id] else {
            return "assessmentId: the account's list of assessments has no assessment \(id)"
        }
        if let ids = sharedName[name] {
            return "assessmentId: the account has \(ids.count) assessments named \"\(name)\" (ids \(ids.joined(separator: ", ")))"
        }
        switch files[name] {
        case .existing(let other)?:
            return "assessmentId: in this repository, \"\(name)\" is the file managing assessment \(other), not this one"
        case .created?:
            return "assessmentId: in this repository, \"\(name)\" is a file for an assessment not created yet, not this one"
        case .blocked?, nil:
            return "assessmentId: in this repository, the file declaring \"\(name)\" cannot be planned (see tapform plan)"
        }
    }
}
