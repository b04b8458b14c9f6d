import TaptalentContract

/// What the plan does to one assessment.
public enum PlanAction: String, Codable, Sendable, Hashable, CaseIterable {
    case create
    case update
    /// Status goes to inactive (from a file, or `--prune`); other changed fields go in the same update.
    case deactivate
    case noChange = "no-op"
    /// Something refused this assessment's change: see `errors`. It has no steps.
    case blocked
}

/// One assessment's part of a plan, keyed by `name`.
public struct AssessmentPlan: Codable, Sendable, Hashable {
    public var action: PlanAction
    public var name: String
    public var remoteId: String?
    /// The file declaring it; `nil` for a remote assessment pruned because no file declares it.
    public var filePath: String?
    /// Where the assessment's name is written.
    public var location: SourceLocation?
    /// The remote name it was found under when that was a `renamedFrom` entry.
    public var renamedFrom: String?
    public var fieldDiffs: [FieldDiff]
    public var questionChanges: [QuestionChange]
    /// Texts of remote questions a `generate:` file does not list ("generated, not in file").
    public var generatedNotInFile: [String]
    /// For a create through auto-generate: the number of questions asked for (nil: the service default).
    public var generateCount: Int?
    /// The API calls, in order. Empty for `no-op` and `blocked`.
    public var steps: [PlanStep]
    /// `RemoteFingerprint` of the remote object read; nil for a create.
    public var fingerprint: String?
    public var warnings: [Diagnostic]
    public var errors: [Diagnostic]

    public init(
        action: PlanAction, name: String, remoteId: String? = nil, filePath: String? = nil,
        location: SourceLocation? = nil, renamedFrom: String? = nil, fieldDiffs: [FieldDiff] = [],
        questionChanges: [QuestionChange] = [], generatedNotInFile: [String] = [], generateCount: Int? = nil,
        steps: [PlanStep] = [], fingerprint: String? = nil, warnings: [Diagnostic] = [],
        errors: [Diagnostic] = []
    ) {
        self.action = action
        self.name = name
        self.remoteId = remoteId
        self.filePath = filePath
        self.location = location
        self.renamedFrom = renamedFrom
        self.fieldDiffs = fieldDiffs
        self.questionChanges = questionChanges
        self.generatedNotInFile = generatedNotInFile
        self.generateCount = generateCount
        self.steps = steps
        self.fingerprint = fingerprint
        self.warnings = warnings
        self.errors = errors
    }

    /// True when applying it would call the API.
    public var hasChanges: Bool { !steps.isEmpty }

    /// Where to point an API error about `key` (mapped from the wire field name by the caller): the
    /// changed value's line, else the assessment's name.
    public func location(of key: SpecKey) -> SourceLocation? {
        fieldDiffs.first { $0.field == key.rawValue }?.location ?? location
    }
}

/// A remote assessment no file declares, listed as "not managed here".
public struct UnmanagedAssessment: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var status: AssessmentStatus
    /// Its name falls in tapform.yaml's `manage:` scope: this repository owns it, yet no file declares it.
    /// Active and in scope is drift (`plan --expect-no-changes` fails).
    public var inManageScope: Bool

    public init(id: String, name: String, status: AssessmentStatus, inManageScope: Bool = false) {
        self.id = id
        self.name = name
        self.status = status
        self.inManageScope = inManageScope
    }

    /// Active, in the `manage:` scope, and in no file: it appeared where this repository owns the account.
    public var isDrift: Bool { inManageScope && status == .active }
}
