import TaptalentContract

/// One step of a flow's change in a plan, as shown to a reader (`+` appended, `~` threshold, `-` removed,
/// `!` a change the API cannot make to an existing flow).
public struct FlowStepChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case create, update, delete, refused
    }

    public var kind: Kind
    /// 1-based position in the file (for a delete: in the remote flow).
    public var position: Int
    /// The step's assessment name.
    public var assessment: String
    public var fieldDiffs: [FieldDiff]
    public var location: SourceLocation?

    public init(kind: Kind, position: Int, assessment: String, fieldDiffs: [FieldDiff] = [], location: SourceLocation? = nil) {
        self.kind = kind
        self.position = position
        self.assessment = assessment
        self.fieldDiffs = fieldDiffs
        self.location = location
    }
}

/// One API call of a flow's part of an apply. Encoded like `PlanStep`: an object with a `kind` and the
/// payload's fields.
public enum FlowPlanStep: Codable, Sendable, Hashable {
    /// `POST /assessment-flows`.
    case createFlow(CreateFlowStep)
    /// `PATCH /assessment-flows/:id` with the changed fields; `steps` is the whole new list (existing steps
    /// unchanged but for thresholds, then the appended ones).
    case updateFlow(UpdateFlowStep)

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case createFlow, updateFlow
    }

    public var kind: Kind {
        switch self {
        case .createFlow: .createFlow
        case .updateFlow: .updateFlow
        }
    }

    private enum CodingKeys: String, CodingKey { case kind }

    /// The shape plans had before flow steps had a `kind`: `{"createFlow": {"_0": {…}}}`.
    private enum EarlierKeys: String, CodingKey { case createFlow, updateFlow, payload = "_0" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let kind = try container.decodeIfPresent(Kind.self, forKey: .kind) {
            switch kind {
            case .createFlow: self = .createFlow(try CreateFlowStep(from: decoder))
            case .updateFlow: self = .updateFlow(try UpdateFlowStep(from: decoder))
            }
            return
        }
        let earlier = try decoder.container(keyedBy: EarlierKeys.self)
        if earlier.contains(.createFlow) {
            self = .createFlow(try earlier.nestedContainer(keyedBy: EarlierKeys.self, forKey: .createFlow)
                .decode(CreateFlowStep.self, forKey: .payload))
        } else {
            self = .updateFlow(try earlier.nestedContainer(keyedBy: EarlierKeys.self, forKey: .updateFlow)
                .decode(UpdateFlowStep.self, forKey: .payload))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .createFlow(let step): try step.encode(to: encoder)
        case .updateFlow(let step): try step.encode(to: encoder)
        }
    }
}

public struct CreateFlowStep: Codable, Sendable, Hashable {
    public var name: String
    public var description: String?
    public var steps: [FlowStepContent]
    /// `inactive`: created, then deactivated (a create takes no status).
    public var status: AssessmentStatus
    /// With `--replace`: the flow this one replaces, deactivated and renamed `replacedName` before this one
    /// is created (so that two active flows never share the name).
    public var replaces: String?
    public var replacedName: String?

    public init(name: String, description: String?, steps: [FlowStepContent], status: AssessmentStatus = .active,
                replaces: String? = nil, replacedName: String? = nil) {
        self.name = name
        self.description = description
        self.steps = steps
        self.status = status
        self.replaces = replaces
        self.replacedName = replacedName
    }
}

public struct UpdateFlowStep: Codable, Sendable, Hashable {
    public var flowId: String
    public var name: String?
    public var description: NewValue<String>?
    public var status: AssessmentStatus?
    public var steps: [FlowStepContent]?

    public init(flowId: String, name: String? = nil, description: NewValue<String>? = nil, status: AssessmentStatus? = nil,
                steps: [FlowStepContent]? = nil) {
        self.flowId = flowId
        self.name = name
        self.description = description
        self.status = status
        self.steps = steps
    }
}

/// What the plan does to one flow. Flows are applied after every assessment, so that a step can name an
/// assessment the same apply creates.
public struct FlowPlan: Codable, Sendable, Hashable {
    public var action: PlanAction
    public var name: String
    public var remoteId: String?
    public var filePath: String
    /// Where the flow's name is written.
    public var location: SourceLocation?
    public var renamedFrom: String?
    public var fieldDiffs: [FieldDiff]
    public var stepChanges: [FlowStepChange]
    /// The API calls, in order. Empty for `no-op` and `blocked`.
    public var steps: [FlowPlanStep]
    /// `FlowFingerprint` of the remote flow read; nil for a create.
    public var fingerprint: String?
    public var warnings: [Diagnostic]
    public var errors: [Diagnostic]

    public init(
        action: PlanAction, name: String, remoteId: String? = nil, filePath: String, location: SourceLocation? = nil,
        renamedFrom: String? = nil, fieldDiffs: [FieldDiff] = [], stepChanges: [FlowStepChange] = [],
        steps: [FlowPlanStep] = [], fingerprint: String? = nil, warnings: [Diagnostic] = [],
        errors: [Diagnostic] = []
    ) {
        self.action = action
        self.name = name
        self.remoteId = remoteId
        self.filePath = filePath
        self.location = location
        self.renamedFrom = renamedFrom
        self.fieldDiffs = fieldDiffs
        self.stepChanges = stepChanges
        self.steps = steps
        self.fingerprint = fingerprint
        self.warnings = warnings
        self.errors = errors
    }

    public var hasChanges: Bool { !steps.isEmpty }

    /// The names of the assessments this flow needs created by the same apply before it runs.
    public var createdAssessments: [String] {
        steps.flatMap { step -> [FlowStepContent] in
            switch step {
            case .createFlow(let create): create.steps
            case .updateFlow(let update): update.steps ?? []
            }
        }.filter { $0.assessment.id == nil }.map(\.assessment.name)
    }
}
