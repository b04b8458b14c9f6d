import TapformPlan
import TapformSpec

extension TapformPlan.SourceLocation {
    init(_ location: SourcePosition) {
        self.init(file: location.file, line: location.line, column: location.column)
    }
}

extension DesiredAssessment {
    /// The plan engine's view of a resolved assessment file, with the position of every field.
    public init(_ spec: AssessmentSpec) {
        var locations: [SpecKey: TapformPlan.SourceLocation] = [:]
        for key in SpecKey.allCases {
            if let location = spec.keyLocations[key.rawValue] { locations[key] = .init(location) }
        }
        if locations[.name] == nil { locations[.name] = .init(spec.name.location) }
        self.init(
            name: spec.name.value,
            renamedFrom: spec.renamedFrom.map(\.value),
            pinnedId: spec.id?.value,
            role: spec.role.value,
            purpose: spec.purpose?.value,
            durationMinutes: spec.durationMinutes.value,
            language: spec.language.value,
            skills: spec.skills.map(\.value),
            job: spec.job?.value,
            emailVerification: spec.emailVerification.value,
            evaluateCEFR: spec.evaluateCEFR.value,
            status: spec.status.value == .inactive ? .inactive : .active,
            protect: spec.protect.value,
            questions: spec.questions?.map(DesiredQuestion.init),
            generateCount: spec.generate?.count.value,
            filePath: spec.file,
            locations: locations)
    }
}

extension DesiredQuestion {
    init(_ spec: QuestionSpec) {
        var fields: [QuestionKey: TapformPlan.SourceLocation] = [.text: .init(spec.text.location)]
        if !spec.timeLimitSeconds.isDefault { fields[.timeLimitSeconds] = .init(spec.timeLimitSeconds.location) }
        if let ideal = spec.idealAnswer { fields[.idealAnswer] = .init(ideal.location) }
        self.init(
            text: spec.text.value, timeLimitSeconds: spec.timeLimitSeconds.value,
            idealAnswer: spec.idealAnswer?.value, location: .init(spec.location), fieldLocations: fields)
    }
}
