import TaptalentContract

/// The keys of a flow file (`flows/**/*.yaml`), in the order `import` writes them.
enum FlowFields {
    static let version = AssessmentFields.version
    static let name = FieldSpec("name", .text(length: WireFlowRules.flowNameLength), required: true,
        "The flow's name, unique in the account; it identifies the flow.")
    static let renamedFrom = FieldSpec("renamedFrom", .textOrTextList,
        "Earlier names of this flow, so that a rename updates it instead of creating a new one.")
    static let id = FieldSpec("id", .identifier,
        "The remote flow id, to adopt an existing flow or to tell apart two with one name.")
    static let description = FieldSpec("description", .text(length: 0...WireFlowRules.descriptionMaxLength),
        "What the flow is for.")
    static let status = FieldSpec("status", .choice(AssessmentStatus.allCases.map(\.rawValue)),
        default: .string(AssessmentStatus.active.rawValue),
        "active, or inactive to retire the flow (there is no delete).")
    static let steps = FieldSpec("steps", .objectList(item: FlowStepFields.all, minCount: 1), required: true,
        "The assessments a candidate takes, in order. On an existing flow only thresholds may change and steps be appended.")

    static let all: [FieldSpec] = [version, name, renamedFrom, id, description, status, steps]
}

/// The keys of one step of a flow.
enum FlowStepFields {
    static let assessment = FieldSpec("assessment", .text(length: WireLimits.testNameLength), required: true,
        "The name of an assessment in this repository or in the account.")
    static let assessmentId = FieldSpec("assessmentId", .identifier,
        "The remote assessment id, when the name alone does not tell which assessment (the account has several with it).")
    static let passThreshold = FieldSpec("passThreshold", .number(WireFlowRules.passThreshold), required: true,
        "The score (0 to 100) a candidate needs to go on to the next step.")
    static let name = FieldSpec("name", .text(length: 1...WireFlowRules.stepNameMaxLength),
        "The step's name, as candidates and recruiters see it.")
    static let instructions = FieldSpec("instructions", .text(length: 1...WireFlowRules.stepTextMaxLength),
        "Instructions shown to the candidate before the step.")
    static let passAction = FieldSpec("passAction", .text(length: 1...WireFlowRules.stepTextMaxLength),
        "What happens when the candidate passes the step.")

    static let all: [FieldSpec] = [assessment, assessmentId, passThreshold, name, instructions, passAction]
}
