import TapformPlan
import TaptalentContract

/// One fixed account and set of files covering create, update, rename, reorder, delete, deactivate,
/// generated questions, a protected refusal, naughty text and an unmanaged remote assessment.
enum GoldenScenario {
    static func loc(_ file: String, _ line: Int, _ column: Int = 3) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static let rateLimiter = "Walk me through how you would design a rate limiter for a Go API."
    static let incident = "Tell me about a production incident you owned end to end."
    static let editor = "Which editor do you use, and why does it suit you?"
    static let review = "Describe a code review that changed your mind about a design."
    static let caching = "When would you put a cache in front of PostgreSQL, and what can go wrong?"
    /// A long question edited by one word near its end, with its ideal answer edited too.
    static let outage = "Stellen Sie sich vor, ein wichtiger Kunde meldet kurz vor Feierabend einen Ausfall, den Ihr Team "
        + "verursacht hat, und Ihre Vorgesetzte ist nicht erreichbar. Wie gehen Sie vor?"
    static let outageAnswer = "Ruhe bewahren, den Kunden informieren, das Team einbinden."

    static var desired: [DesiredAssessment] {
        let backendFile = "assessments/backend.yaml"
        var backend = DesiredAssessment(
            name: "Senior Backend Engineer — Screen", renamedFrom: ["Backend Engineer Screen"],
            role: "Senior Backend Engineer", purpose: "Check system design depth and communication.",
            durationMinutes: 25, skills: ["Go", "PostgreSQL", "Distributed systems"], emailVerification: true,
            questions: [
                DesiredQuestion(text: review, location: loc(backendFile, 16)),
                DesiredQuestion(text: rateLimiter, timeLimitSeconds: 180, idealAnswer: "Token bucket or sliding window.",
                                location: loc(backendFile, 17)),
                DesiredQuestion(text: incident, timeLimitSeconds: 240, location: loc(backendFile, 20),
                                fieldLocations: [.timeLimitSeconds: loc(backendFile, 21, 5)]),
                DesiredQuestion(text: caching, location: loc(backendFile, 22)),
                DesiredQuestion(text: outage.replacingOccurrences(of: "Sie vor?", with: "Sie konkret vor?"),
                                idealAnswer: outageAnswer.replacingOccurrences(of: "Kunden", with: "Kunden sofort"),
                                location: loc(backendFile, 23), fieldLocations: [.idealAnswer: loc(backendFile, 24, 5)]),
            ],
            filePath: backendFile,
            locations: [.name: loc(backendFile, 1, 7), .durationMinutes: loc(backendFile, 5, 18),
                        .skills: loc(backendFile, 7, 9), .questions: loc(backendFile, 15, 1)])
        backend.language = "english"

        let salesFile = "assessments/sales-es.yaml"
        let sales = DesiredAssessment(
            name: "Representante de ventas", role: "Sales Representative", language: "spanish",
            skills: ["Negociación", "CRM"], evaluateCEFR: true,
            questions: [
                DesiredQuestion(text: "¿Cómo manejas una objeción de precio de un cliente difícil?", location: loc(salesFile, 9)),
                DesiredQuestion(text: "<script>alert(1)</script> | **bold** @team `code` [link](x) %0A\nsecond line",
                                timeLimitSeconds: 90, location: loc(salesFile, 10)),
            ],
            filePath: salesFile, locations: [.name: loc(salesFile, 1, 7)])

        let legacyFile = "assessments/legacy.yaml"
        let legacy = DesiredAssessment(
            name: "Legacy Phone Screen", role: "Support Engineer", status: .inactive,
            questions: [DesiredQuestion(text: "Why do you want to work in support?", location: loc(legacyFile, 6))],
            filePath: legacyFile, locations: [.name: loc(legacyFile, 1, 7), .status: loc(legacyFile, 4, 9)])

        let supportFile = "assessments/support.yaml"
        let support = DesiredAssessment(
            name: "Customer Support Agent", role: "Support Agent", job: "12345", questions: nil, generateCount: 3,
            filePath: supportFile, locations: [.name: loc(supportFile, 1, 7), .generate: loc(supportFile, 6, 1)])

        let analystFile = "assessments/analyst.yaml"
        let analyst = DesiredAssessment(
            name: "Data Analyst", role: "Data Analyst", skills: ["SQL"], questions: nil, generateCount: 5,
            filePath: analystFile, locations: [.name: loc(analystFile, 1, 7)])

        let protectedFile = "assessments/protected.yaml"
        let protected = DesiredAssessment(
            name: "Protected Screen", role: "Engineer", protect: true,
            questions: [DesiredQuestion(text: incident, location: loc(protectedFile, 8))],
            filePath: protectedFile,
            locations: [.name: loc(protectedFile, 1, 7), .questions: loc(protectedFile, 7, 1)])
        return [backend, sales, legacy, support, analyst, protected]
    }

    static var remote: [RemoteAssessment] {
        [
            RemoteAssessment(
                id: "a-101", name: "Backend Engineer Screen", role: "Senior Backend Engineer",
                purpose: "Check system design depth and communication.", durationMinutes: 20, language: "english",
                skills: ["Go", "PostgreSQL"], emailVerification: true,
                questions: [
                    RemoteQuestion(id: "q-1", text: rateLimiter, timeLimitSeconds: 180, idealAnswer: "Token bucket or sliding window.", order: 1),
                    RemoteQuestion(id: "q-2", text: incident, timeLimitSeconds: 120, order: 2),
                    RemoteQuestion(id: "q-3", text: editor, timeLimitSeconds: 120, order: 3),
                    RemoteQuestion(id: "q-4", text: review, timeLimitSeconds: 120, order: 4),
                    RemoteQuestion(id: "q-5", text: outage, timeLimitSeconds: 120, idealAnswer: outageAnswer, order: 5),
                ],
                submissionCount: 4, lastUpdatedOn: 1_717_000_000_000),
            RemoteAssessment(
                id: "a-102", name: "Legacy Phone Screen", role: "Support Engineer",
                questions: [RemoteQuestion(id: "q-20", text: "Why do you want to work in support?", order: 1)],
                lastUpdatedOn: 1_717_000_000_001),
            RemoteAssessment(
                id: "a-103", name: "Customer Support Agent", role: "Support Agent", job: "12345",
                questions: [
                    RemoteQuestion(id: "q-30", text: "How do you calm down an angry customer?", order: 1),
                    RemoteQuestion(id: "q-31", text: "Describe a time you went beyond the script.", order: 2),
                ],
                lastUpdatedOn: 1_717_000_000_002),
            RemoteAssessment(
                id: "a-104", name: "Protected Screen", role: "Engineer",
                questions: [
                    RemoteQuestion(id: "q-40", text: incident, order: 1),
                    RemoteQuestion(id: "q-41", text: editor, order: 2),
                ],
                lastUpdatedOn: 1_717_000_000_003),
            RemoteAssessment(id: "a-900", name: "Marketing Quiz", role: "Marketer", lastUpdatedOn: 1_717_000_000_004),
        ]
    }

    static var plan: Plan {
        Fixtures.plan(desired, remote, options: PlanOptions(allowDestructive: true))
    }
}
