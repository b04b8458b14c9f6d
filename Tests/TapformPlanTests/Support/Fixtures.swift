import TapformPlan
import TaptalentContract

/// Builders for desired and remote assessments in tests.
enum Fixtures {
    static func question(_ text: String, _ limit: Int = 120, ideal: String? = nil, line: Int? = nil, file: String = "a.yaml") -> DesiredQuestion {
        DesiredQuestion(
            text: text, timeLimitSeconds: limit, idealAnswer: ideal,
            location: line.map { SourceLocation(file: file, line: $0, column: 5) })
    }

    static func desired(
        _ name: String, file: String? = nil, renamedFrom: [String] = [], pinnedId: String? = nil,
        questions: [DesiredQuestion]? = [], status: AssessmentStatus = .active, protect: Bool = false
    ) -> DesiredAssessment {
        let path = file ?? "assessments/\(name.lowercased().replacingOccurrences(of: " ", with: "-")).yaml"
        return DesiredAssessment(
            name: name, renamedFrom: renamedFrom, pinnedId: pinnedId, role: "Engineer",
            status: status, protect: protect, questions: questions, filePath: path,
            locations: [.name: SourceLocation(file: path, line: 1, column: 7),
                        .status: SourceLocation(file: path, line: 9, column: 9),
                        .questions: SourceLocation(file: path, line: 12, column: 1)])
    }

    static func remoteQuestions(_ questions: [DesiredQuestion], idPrefix: String = "q") -> [RemoteQuestion] {
        questions.enumerated().map { index, question in
            RemoteQuestion(id: "\(idPrefix)\(index + 1)", text: question.text, timeLimitSeconds: question.timeLimitSeconds,
                           idealAnswer: question.idealAnswer, order: index + 1)
        }
    }

    /// The remote assessment a create of `desired` would leave.
    static func remote(_ desired: DesiredAssessment, id: String, submissions: Int = 0, questions: [DesiredQuestion]? = nil) -> RemoteAssessment {
        RemoteAssessment(
            id: id, name: desired.name, role: desired.role, purpose: desired.purpose,
            durationMinutes: desired.durationMinutes, language: desired.language, skills: desired.skills,
            job: desired.job, emailVerification: desired.emailVerification, evaluateCEFR: desired.evaluateCEFR,
            status: desired.status, questions: remoteQuestions(questions ?? desired.questions ?? []),
            submissionCount: submissions, lastUpdatedOn: 1_700_000_000_000)
    }

    static func summary(_ remote: RemoteAssessment) -> RemoteAssessmentSummary {
        RemoteAssessmentSummary(
            id: remote.id, name: remote.name, status: remote.status, questionCount: remote.questions.count,
            submissionCount: remote.submissionCount, lastUpdatedOn: remote.lastUpdatedOn)
    }

    /// Plans `desired` against `remote` objects.
    static func plan(_ desired: [DesiredAssessment], _ remote: [RemoteAssessment], options: PlanOptions = PlanOptions()) -> Plan {
        let resolution = IdentityResolver.resolve(desired: desired, remote: remote.map(summary))
        return Planner.plan(resolution, fetched: Dictionary(uniqueKeysWithValues: remote.map { ($0.id, $0) }), options: options)
    }

    /// What the API would hold after running `steps` on `remote` (settings and questions).
    static func applying(_ steps: [PlanStep], to remote: RemoteAssessment) throws -> RemoteAssessment {
        var result = remote
        for step in steps {
            guard case .updateSettings(let patch) = step else { continue }
            for setting in AssessmentSetting.allCases {
                switch setting {
                case .name: if let value = patch.name { result.name = value }
                case .role: if let value = patch.role { result.role = value }
                case .purpose: if let value = patch.purpose { result.purpose = value.value }
                case .durationMinutes: if let value = patch.durationMinutes { result.durationMinutes = value }
                case .language: if let value = patch.language { result.language = value }
                case .skills: if let value = patch.skills { result.skills = value }
                case .job: if let value = patch.job { result.job = value.value }
                case .emailVerification: if let value = patch.emailVerification { result.emailVerification = value }
                case .evaluateCEFR: if let value = patch.evaluateCEFR { result.evaluateCEFR = value }
                case .status: if let value = patch.status { result.status = value }
                }
            }
        }
        let simulated = try QuestionListSimulator.run(steps, on: SimulatedQuestion.list(of: remote))
        result.questions = simulated.questions.enumerated().map { index, question in
            RemoteQuestion(id: question.id, text: question.content.text, timeLimitSeconds: question.content.timeLimitSeconds,
                           idealAnswer: question.content.idealAnswer, order: index + 1)
        }
        return result
    }
}
