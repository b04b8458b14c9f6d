import TapformPlan
import TaptalentContract
import TapformSpec
import TaptalentAPI

extension DesiredFlow {
    /// The plan engine's view of a flow file, with the position of every key and step.
    public init(_ spec: FlowSpec) {
        var locations: [FlowKey: SourceLocation] = [:]
        for key in FlowKey.allCases {
            if let location = spec.keyLocations[key.rawValue] { locations[key] = location }
        }
        locations[.name] = spec.name.location
        if let id = spec.id { locations[.id] = id.location }
        locations[.steps] = spec.stepsLocation
        self.init(
            name: spec.name.value, renamedFrom: spec.renamedFrom.map(\.value), pinnedId: spec.id?.value,
            description: spec.description?.value, status: spec.status.value == .inactive ? .inactive : .active,
            steps: spec.steps.map { step in
                DesiredFlowStep(
                    assessment: step.assessment.value, assessmentId: step.assessmentId?.value, passThreshold: step.passThreshold.value, name: step.name?.value,
                    instructions: step.instructions?.value, passAction: step.passAction?.value,
                    location: step.location, thresholdLocation: step.passThreshold.location)
            },
            filePath: spec.file, locations: locations)
    }
}

extension RemoteFlow {
    public init(_ wire: WireFlow) {
        self.init(
            id: wire.id.value, name: wire.flowName, description: wire.description, status: AssessmentStatus(wire: wire.status),
            steps: wire.steps.map { step in
                RemoteFlowStep(
                    assessmentId: step.assessmentId.value, passThreshold: step.passThreshold, name: step.name,
                    instructions: step.instructions, passAction: step.passAction, assessmentName: step.assessmentName)
            })
    }
}

extension FlowStepBody {
    /// A planned step with its assessment's id (known from the plan, or from this apply's create).
    init(_ content: FlowStepContent, assessmentId: String) {
        self.init(assessmentId: assessmentId, passThreshold: content.passThreshold, name: content.name,
                  instructions: content.instructions, passAction: content.passAction)
    }
}
