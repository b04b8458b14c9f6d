import TaptalentContract

/// The values of a whole flow file, as `import` writes them. Nil values are left out.
public struct FlowFileValues: Sendable, Hashable {
    /// One step.
    public struct Step: Sendable, Hashable {
        /// The assessment's name.
        public var assessment: String
        /// Written as `assessmentId:` when the name alone does not find the assessment.
        public var assessmentId: String?
        /// Why `assessmentId` is pinned, written as a comment above it.
        public var pinReason: String?
        public var passThreshold: Double
        public var name: String?
        public var instructions: String?
        public var passAction: String?

        public init(assessment: String, assessmentId: String? = nil, pinReason: String? = nil, passThreshold: Double,
                    name: String? = nil, instructions: String? = nil, passAction: String? = nil) {
            self.assessment = assessment
            self.assessmentId = assessmentId
            self.pinReason = pinReason
            self.passThreshold = passThreshold
            self.name = name
            self.instructions = instructions
            self.passAction = passAction
        }
    }

    public var name: String
    public var id: String?
    public var description: String?
    /// `inactive` only: `active` is the default.
    public var status: AssessmentStatus?
    public var steps: [Step]

    public init(name: String, id: String? = nil, description: String? = nil, status: AssessmentStatus? = nil, steps: [Step]) {
        self.name = name
        self.id = id
        self.description = description
        self.status = status
        self.steps = steps
    }
}

/// Writes a new flow file, keys in `FlowFields` order. Every string is quoted when needed so that loading
/// the file gives back exactly the values written.
public enum FlowFileWriter {
    /// - Parameter headerComment: lines written as `# ...` comments at the top (e.g. where it was imported from).
    public static func write(_ values: FlowFileValues, headerComment: String? = nil) -> String {
        var out = headerComment.map { AssessmentFileWriter.comment($0) } ?? ""
        func text(_ field: FieldSpec, _ value: String?, indent: String = "") {
            if let value { out += "\(indent)\(field.key): \(YAMLScalarWriter.scalar(value))\n" }
        }
        text(FlowFields.name, values.name)
        text(FlowFields.id, values.id)
        text(FlowFields.description, values.description)
        if let status = values.status { out += "\(FlowFields.status.key): \(status.rawValue)\n" }
        out += "\(FlowFields.steps.key):\n"
        for step in values.steps {
            out += "  - \(FlowStepFields.assessment.key): \(YAMLScalarWriter.scalar(step.assessment))\n"
            if let id = step.assessmentId {
                if let reason = step.pinReason { out += AssessmentFileWriter.comment(reason, indent: "    ") }
                text(FlowStepFields.assessmentId, id, indent: "    ")
            }
            out += "    \(FlowStepFields.passThreshold.key): \(ValueReader.format(step.passThreshold))\n"
            text(FlowStepFields.name, step.name, indent: "    ")
            text(FlowStepFields.instructions, step.instructions, indent: "    ")
            text(FlowStepFields.passAction, step.passAction, indent: "    ")
        }
        return out
    }
}
