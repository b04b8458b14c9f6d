import TaptalentAPI

/// Validates the bodies of `POST /assessment-flows` and `PATCH /assessment-flows/:id` into `FlowBody`
/// (strings trimmed). Whether each `assessmentId` exists, and the PATCH rules on existing steps, are the
/// store's checks (`EmulatorStore.createFlow`, `updateFlow`).
enum FlowInput {
    private typealias Key = FlowBody.CodingKeys
    private typealias Step = FlowStepBody.CodingKeys

    static func create(_ body: JSONValue) throws(APIError) -> FlowBody {
        try read(body, isCreate: true)
    }

    static func update(_ body: JSONValue) throws(APIError) -> FlowBody {
        try read(body, isCreate: false)
    }

    private static func read(_ body: JSONValue, isCreate: Bool) throws(APIError) -> FlowBody {
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: [Key.flowName, Key.description, Key.steps] + (isCreate ? [] : [Key.status]))
        var fields = FlowBody(
            flowName: reader.string(Key.flowName, length: WireFlowRules.flowNameLength, required: isCreate),
            description: reader.nullableString(Key.description, length: 0...WireFlowRules.descriptionMaxLength),
            status: isCreate ? nil : reader.oneOf(Key.status, WireFlowRules.statuses))
        if let items = reader.array(Key.steps) {
            if items.count < WireFlowRules.minSteps {
                reader.fail(Key.steps) { "\"\($0)\" must hold at least \(WireFlowRules.minSteps) step" }
            }
            fields.steps = items.enumerated().compactMap { index, item in
                var itemReader = FieldReader(item, path: reader.itemPath(Key.steps, index))
                let step = readStep(&itemReader)
                reader.absorb(itemReader)
                return step
            }
        } else if isCreate {
            reader.fail(Key.steps) { FieldMessage.required($0) }
        }
        guard reader.isValid else { throw .invalid(reader.errors) }
        return fields
    }

    private static func readStep(_ reader: inout FieldReader) -> FlowStepBody? {
        let alias = WireJSON.NameKey(WireFlowRules.stepTypeAlias)
        reader.rejectUnknown(allowing: [
            Step.assessmentId, Step.passThreshold, Step.assessmentType, alias, Step.name, Step.instructions, Step.passAction,
        ])
        let id = reader.nullableIdentifier(Step.assessmentId, length: 1...100)
        if !reader.has(Step.assessmentId) { reader.fail(Step.assessmentId) { FieldMessage.required($0) } }
        let threshold = reader.number(Step.passThreshold, range: WireFlowRules.passThreshold, required: true)
        let type = reader.string(Step.assessmentType, length: 1...100) ?? reader.string(alias, length: 1...100)
        let name = reader.string(Step.name, length: 0...WireFlowRules.stepNameMaxLength)
        let instructions = reader.string(Step.instructions, length: 0...WireFlowRules.stepTextMaxLength)
        let passAction = reader.string(Step.passAction, length: 0...WireFlowRules.stepTextMaxLength)
        guard case .value(let assessmentId)? = id, let threshold else {
            if case .null? = id { reader.fail(Step.assessmentId) { FieldMessage.mustBe($0, "a string") } }
            return nil
        }
        return FlowStepBody(assessmentId: assessmentId, passThreshold: threshold, assessmentType: type, name: name,
                            instructions: instructions, passAction: passAction)
    }
}
