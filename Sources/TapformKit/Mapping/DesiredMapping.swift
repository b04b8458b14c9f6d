import TapformPlan
import TapformSpec
import TaptalentContract

extension DesiredAssessment {
    /// The plan engine's view of a resolved assessment file, with the position of every field.
    public init(_ spec: AssessmentSpec) {
        var locations: [SpecKey: SourceLocation] = [:]
        for key in SpecKey.allCases {
            if let location = spec.keyLocations[key.rawValue] { locations[key] = location }
        }
        if locations[.name] == nil { locations[.name] = spec.name.location }
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
        var fields: [QuestionKey: SourceLocation] = [.text: spec.text.location]
        if !spec.timeLimitSeconds.isDefault { fields[.timeLimitSeconds] = spec.timeLimitSeconds.location }
        if let ideal = spec.idealAnswer { fields[.idealAnswer] = ideal.location }
        self.init(
            text: spec.text.value, timeLimitSeconds: spec.timeLimitSeconds.value,
            idealAnswer: spec.idealAnswer?.value, location: spec.location, fieldLocations: fields)
    }
}
