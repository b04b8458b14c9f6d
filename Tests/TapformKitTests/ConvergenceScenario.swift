import Foundation
import TapformSupport
import TaptalentAPI

/// The seeded generator, so that every random scenario is reproducible from its seed.
extension SplitMix64 {
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &self)] }
}

/// A random pair of desired files and remote state for the convergence property: files with random
/// settings and 0 to 15 questions drawn from a shared pool (so texts recur across assessments), and a
/// remote account where each file's assessment is absent, identical, present under an earlier name
/// (`renamedFrom`), or drifted (other settings; questions missing, extra, edited, retimed, reordered),
/// plus assessments no file declares.
struct ConvergenceScenario {
    struct RemoteQuestionSeed {
        var text: String
        var timeLimit: Int?
        var idealAnswer: String?
    }

    struct RemoteSeed {
        var name: String
        var role: String
        var duration: Int
        var language: String
        var skills: [String]
        var emailVerification: Bool
        var active: Bool
        var questions: [RemoteQuestionSeed]
    }

    var seed: UInt64
    var files: [AssessmentYAML]
    var remote: [RemoteSeed]

    static let topics = [
        "rate limiting", "schema migrations", "on-call handovers", "flaky tests", "code review", "caching",
        "incident reviews", "API versioning", "data retention", "feature flags", "load shedding", "hiring loops",
        "capacity planning", "dependency upgrades", "observability", "mentoring", "estimates", "tech debt",
        "security reviews", "backfills", "queue backpressure", "cost control", "documentation", "release trains",
    ]
    static let pool = topics.map { "How do you approach \($0) in a team that ships every day?" }
    static let names = ["Screen Alpha", "Screen Bravo", "Screen Charlie", "Screen Delta", "Screen Echo"]
    static let roles = ["Backend Engineer", "Data Analyst", "Support Lead"]
    static let languages = ["english", "spanish", "german"]
    static let skills = ["Go", "SQL", "Kafka", "Swift", "Linux"]
    static let limits: [Int?] = [nil, nil, 90, 180, 240]
    static let ideals: [String?] = [nil, nil, "Names trade-offs and one concrete example.", "Explains the failure modes."]

    static func make(seed: UInt64) -> ConvergenceScenario {
        var random = SplitMix64(seed: seed)
        var files: [AssessmentYAML] = []
        var remote: [RemoteSeed] = []
        let count = Int.random(in: 1...4, using: &random)
        for name in names.shuffled(using: &random).prefix(count) {
            var file = AssessmentYAML(name: name, role: random.pick(roles))
            file.durationMinutes = random.pick([15, 20, 30, 45])
            file.language = random.pick(languages)
            file.skills = Array(skills.shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random)))
            file.emailVerification = random.chance(0.5)
            file.status = random.chance(0.2) ? "inactive" : nil
            let questionCount = Int.random(in: 0...15, using: &random)
            file.questions = pool.shuffled(using: &random).prefix(questionCount).map { text in
                AssessmentYAML.Question(text: text, timeLimitSeconds: random.pick(limits), idealAnswer: random.pick(ideals))
            }

            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                break // absent: created
            case 1:
                remote.append(twin(of: file, named: name))
            case 2:
                file.renamedFrom = ["Old \(name)"]
                remote.append(drifted(twin(of: file, named: "Old \(name)"), &random))
            default:
                remote.append(drifted(twin(of: file, named: name), &random))
            }
            files.append(file)
        }
        for index in 0..<Int.random(in: 0...2, using: &random) {
            remote.append(RemoteSeed(
                name: "Unmanaged \(index)", role: "Someone", duration: 20, language: "english", skills: [],
                emailVerification: false, active: true, questions: [RemoteQuestionSeed(text: pool[index], timeLimit: nil, idealAnswer: nil)]))
        }
        return ConvergenceScenario(seed: seed, files: files, remote: remote)
    }

    /// The remote twin of a file.
    static func twin(of file: AssessmentYAML, named name: String) -> RemoteSeed {
        RemoteSeed(
            name: name, role: file.role, duration: file.durationMinutes ?? 20, language: file.language ?? "english",
            skills: file.skills, emailVerification: file.emailVerification ?? false, active: file.status != "inactive",
            questions: (file.questions ?? []).map { RemoteQuestionSeed(text: $0.text, timeLimit: $0.timeLimitSeconds, idealAnswer: $0.idealAnswer) })
    }

    static func drifted(_ seed: RemoteSeed, _ random: inout SplitMix64) -> RemoteSeed {
        var seed = seed
        if random.chance(0.4) { seed.duration = random.pick([10, 25, 60]) }
        if random.chance(0.3) { seed.role = random.pick(roles) }
        if random.chance(0.3) { seed.skills = Array(skills.shuffled(using: &random).prefix(2)) }
        if random.chance(0.35) { seed.active.toggle() }
        var questions = seed.questions.filter { _ in !random.chance(0.25) }
        for index in questions.indices {
            if random.chance(0.2) { questions[index].text += " Please be specific." }
            if random.chance(0.2) { questions[index].timeLimit = random.pick([60, 300]) }
            if random.chance(0.1) { questions[index].idealAnswer = random.pick(ideals) }
        }
        let present = Set(questions.map(\.text))
        let extras = pool.filter { !present.contains($0) }.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random))
        for text in extras {
            questions.insert(RemoteQuestionSeed(text: text, timeLimit: nil, idealAnswer: nil),
                             at: Int.random(in: 0...questions.count, using: &random))
        }
        if questions.count > 2 && random.chance(0.5) {
            let start = Int.random(in: 0..<questions.count - 1, using: &random)
            let end = Int.random(in: start + 1..<questions.count, using: &random)
            questions[start...end].shuffle(using: &random)
        }
        seed.questions = Array(questions.prefix(20))
        return seed
    }

    /// The files, keyed by path, for `SpecLoader.loadProject(files:)`.
    var projectFiles: [String: String] {
        Dictionary(uniqueKeysWithValues: files.map { ("assessments/\($0.name.lowercased().replacingOccurrences(of: " ", with: "-")).yaml", $0.text) })
    }

    /// Creates the remote state through the client.
    func populate(_ client: TaptalentClient) async throws {
        for seed in remote {
            _ = try await client.createAudioInterview(AssessmentBody(
                testName: seed.name, status: seed.active ? WireStatus.active : WireStatus.inactive,
                hiringForRole: seed.role, duration: seed.duration, aiLanguage: seed.language, skills: seed.skills,
                isEmailVerificationRequired: seed.emailVerification,
                questions: seed.questions.map { QuestionBody(question: $0.text, timeLimit: $0.timeLimit, idealAnswer: $0.idealAnswer.map { .value($0) }) }))
        }
    }
}
