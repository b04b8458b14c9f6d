import TaptalentContract

/// Loads one flow file: parse, check keys and values, build the spec. Flows have no templates or vars.
struct FlowFileLoader {
    let source: SpecSource
    let sink: DiagnosticSink

    func load(_ path: String) -> FlowSpec? {
        let parsed = FileReader.read(path, from: source, into: sink)
        guard let root = parsed.root else { return nil }
        guard VersionCheck.accepts(root, into: sink) else { return nil }
        let errors = sink.errorCount
        KeyChecker.check(root, fields: FlowFields.all, into: sink)
        let reader = ValueReader(sink: sink)
        func entry(_ field: FieldSpec) -> YEntry? {
            guard let entry = root.entry(field.key) else {
                if field.required { sink.error(.missingKey, "missing required key \"\(field.key)\"", at: root.location) }
                return nil
            }
            return entry.value.isNull && !field.required ? nil : entry
        }
        let name = entry(FlowFields.name).flatMap { reader.text($0, FlowFields.name) }
        let renamedFrom = entry(FlowFields.renamedFrom).flatMap { reader.textOrList($0, FlowFields.renamedFrom) }
        let id = entry(FlowFields.id).flatMap { reader.identifier($0, FlowFields.id) }
        let description = entry(FlowFields.description).flatMap { reader.text($0, FlowFields.description) }
        let status = entry(FlowFields.status).flatMap { reader.choice($0, FlowFields.status) }
        let stepsEntry = entry(FlowFields.steps)
        let steps = stepsEntry.flatMap(readSteps)
        guard let name, let steps, let stepsEntry, sink.errorCount == errors else { return nil }
        var keyLocations: [String: SourceLocation] = [:]
        for item in root.entries { keyLocations[item.key] = item.keyLocation }
        return FlowSpec(
            file: path, location: root.location, name: name, renamedFrom: renamedFrom ?? [], id: id,
            description: description,
            status: status.flatMap { located in AssessmentStatus(rawValue: located.value).map { Located($0, at: located.location) } }
                ?? Located(.active, at: root.location, isDefault: true),
            steps: steps, stepsLocation: stepsEntry.keyLocation, keyLocations: keyLocations)
    }

    private func readSteps(_ entry: YEntry) -> [FlowStepSpec]? {
        guard case .sequence(let sequence) = entry.value else {
            sink.error(.wrongType, "\"steps\" must be a list of steps, found \(entry.value.typeDescription)",
                       at: entry.value.location, hint: "write each step as \"- assessment: NAME\" with \"passThreshold: 70\"")
            return nil
        }
        guard !sequence.items.isEmpty else {
            sink.error(.tooShort, "\"steps\" must hold at least one step", at: entry.keyLocation)
            return nil
        }
        var steps: [FlowStepSpec] = []
        var failed = false
        for (index, item) in sequence.items.enumerated() {
            guard let step = readStep(item, number: index + 1) else { failed = true; continue }
            steps.append(step)
        }
        return failed ? nil : steps
    }

    private func readStep(_ item: YValue, number: Int) -> FlowStepSpec? {
        guard case .mapping(let mapping) = item else {
            sink.error(.wrongType, "step \(number) must be a mapping with \"assessment\" and \"passThreshold\", "
                + "found \(item.typeDescription)", at: item.location)
            return nil
        }
        let reader = ValueReader(sink: sink, context: "step \(number): ")
        let errors = sink.errorCount
        func value<T>(_ field: FieldSpec, _ read: (YEntry, FieldSpec) -> T?) -> T? {
            guard let entry = mapping.entry(field.key), !(entry.value.isNull && !field.required) else {
                if field.required { sink.error(.missingKey, "step \(number) has no \"\(field.key)\"", at: mapping.location) }
                return nil
            }
            return read(entry, field)
        }
        let assessment = value(FlowStepFields.assessment, reader.text)
        let assessmentId = value(FlowStepFields.assessmentId, reader.identifier)
        let threshold = value(FlowStepFields.passThreshold, reader.number)
        let name = value(FlowStepFields.name, reader.text)
        let instructions = value(FlowStepFields.instructions, reader.text)
        let passAction = value(FlowStepFields.passAction, reader.text)
        guard let assessment, let threshold, sink.errorCount == errors else { return nil }
        return FlowStepSpec(assessment: assessment, assessmentId: assessmentId, passThreshold: threshold, name: name,
                            instructions: instructions, passAction: passAction, location: item.location)
    }
}
