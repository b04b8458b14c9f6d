import TaptalentContract

/// One step of a flow as a file declares it.
public struct DesiredFlowStep: Sendable, Hashable {
    /// The assessment's name, in normal form.
    public var assessment: String
    /// The remote assessment id the file pins for this step; nil: found by `assessment`'s name.
    public var assessmentId: String?
    public var passThreshold: Double
    public var name: String?
    public var instructions: String?
    public var passAction: String?
    /// Where the step's list item starts.
    public var location: SourceLocation
    /// Where its `passThreshold` value is written.
    public var thresholdLocation: SourceLocation

    public init(
        assessment: String, assessmentId: String? = nil, passThreshold: Double, name: String? = nil,
        instructions: String? = nil, passAction: String? = nil, location: SourceLocation,
        thresholdLocation: SourceLocation? = nil
    ) {
        self.assessment = TextNormalizer.normalize(assessment)
        self.assessmentId = assessmentId
        self.passThreshold = passThreshold
        self.name = TextNormalizer.normalizeOptional(name)
        self.instructions = TextNormalizer.normalizeOptional(instructions)
        self.passAction = TextNormalizer.normalizeOptional(passAction)
        self.location = location
        self.thresholdLocation = thresholdLocation ?? location
    }
}

/// One flow as a file declares it.
public struct DesiredFlow: Sendable, Hashable {
    public var name: String
    public var renamedFrom: [String]
    public var pinnedId: String?
    public var description: String?
    public var status: AssessmentStatus
    public var steps: [DesiredFlowStep]
    public var filePath: String
    /// Where `name`, `id`, `description`, `status` and `steps` are written.
    public var locations: [FlowKey: SourceLocation]

    public init(
        name: String, renamedFrom: [String] = [], pinnedId: String? = nil, description: String? = nil,
        status: AssessmentStatus = .active, steps: [DesiredFlowStep], filePath: String,
        locations: [FlowKey: SourceLocation] = [:]
    ) {
        self.name = TextNormalizer.normalize(name)
        self.renamedFrom = renamedFrom.map(TextNormalizer.normalize)
        self.pinnedId = pinnedId
        self.description = TextNormalizer.normalizeOptional(description)
        self.status = status
        self.steps = steps
        self.filePath = filePath
        self.locations = locations
    }

    public func location(of key: FlowKey) -> SourceLocation {
        locations[key] ?? locations[.name] ?? SourceLocation(file: filePath, line: 1, column: 1)
    }
}

/// The keys of a flow file a plan can point at. Raw values are the YAML keys.
public enum FlowKey: String, Codable, Sendable, Hashable, CaseIterable {
    case id, name, renamedFrom, description, status, steps
}

/// One step of a remote flow.
public struct RemoteFlowStep: Sendable, Hashable {
    public var assessmentId: String
    public var passThreshold: Double
    public var name: String?
    public var instructions: String?
    public var passAction: String?
    /// The assessment's name when the API sent it.
    public var assessmentName: String?

    public init(assessmentId: String, passThreshold: Double, name: String? = nil, instructions: String? = nil,
                passAction: String? = nil, assessmentName: String? = nil) {
        self.assessmentId = assessmentId
        self.passThreshold = passThreshold
        self.name = TextNormalizer.normalizeOptional(name)
        self.instructions = TextNormalizer.normalizeOptional(instructions)
        self.passAction = TextNormalizer.normalizeOptional(passAction)
        self.assessmentName = assessmentName
    }
}

/// A flow as the account holds it.
public struct RemoteFlow: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    public var status: AssessmentStatus
    public var steps: [RemoteFlowStep]

    public init(id: String, name: String, description: String?, status: AssessmentStatus, steps: [RemoteFlowStep]) {
        self.id = id
        self.name = TextNormalizer.normalize(name)
        self.description = TextNormalizer.normalizeOptional(description)
        self.status = status
        self.steps = steps
    }
}

/// How a flow step names its assessment in a plan: by id when it exists, or by the name of an assessment
/// the same apply creates (its id is known only once it is created).
public struct FlowAssessmentRef: Codable, Sendable, Hashable {
    /// The assessment's name (normal form), for messages and for a create's lookup.
    public var name: String
    /// The remote id; nil when the assessment is created by the same apply.
    public var id: String?

    public init(name: String, id: String?) {
        self.name = name
        self.id = id
    }
}

/// A step as sent in a create or an update.
public struct FlowStepContent: Codable, Sendable, Hashable {
    public var assessment: FlowAssessmentRef
    public var passThreshold: Double
    public var name: String?
    public var instructions: String?
    public var passAction: String?

    public init(assessment: FlowAssessmentRef, passThreshold: Double, name: String?, instructions: String?, passAction: String?) {
        self.assessment = assessment
        self.passThreshold = passThreshold
        self.name = name
        self.instructions = instructions
        self.passAction = passAction
    }
}
