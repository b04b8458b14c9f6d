import Foundation
import TaptalentAPI

/// `doctor --write`'s walk through every endpoint tapform writes to, on a throwaway assessment
/// (`tapform-doctor-<random>`): create with two questions, read it, update it, insert a question at the
/// top, move it to the end, delete it (checking the renumbering after each), generate questions,
/// auto-generate a second assessment, invite one example.com address twice (example.com receives no
/// mail), list the candidates, and set both assessments inactive (the API cannot delete one). Each answer
/// is checked for its status, its shape and field types (`ContractChecker`, every documented variant
/// accepted) and its content, before it is read. What it created is set inactive also after a mismatch,
/// a failed request, or an interruption (`interruption`, SIGINT or SIGTERM): then no new step starts.
final class WriteExercise {
    static let namePrefix = "tapform-doctor-"
    static let role = "tapform doctor check"
    static let questions = [
        "Tell us about a project you are proud of, and your part in it.",
        "Describe a disagreement at work and how it was resolved.",
    ]

    struct Outcome {
        var rows: [EndpointCheck] = []
        var created: [CreatedAssessment] = []
        /// Whether the second invite of one address was de-duplicated; nil when the check could not tell.
        var deduplicates: Bool?
        /// The de-duplication finding, one line.
        var deduplicationCheck: DoctorCheck?
        /// The first step not run because a stop was requested.
        var stoppedBefore: String?
    }

    private let client: TaptalentClient
    private let controls: EmulatorControlClient?
    private let interruption: RunInterruption?
    private let token: String
    private var outcome = Outcome()

    /// - Parameter controls: the emulator's test controls, when the environment is one: they count emails.
    init(client: TaptalentClient, controls: EmulatorControlClient?, interruption: RunInterruption?,
         token: String = WriteExercise.randomToken()) {
        self.client = client
        self.controls = controls
        self.interruption = interruption
        self.token = token
    }

    static func randomToken() -> String {
        String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10))
    }

    var name: String { Self.namePrefix + token }

    func run() async -> Outcome {
        await exercise()
        await deactivateAll()
        return outcome
    }

    // MARK: - The steps

    private func exercise() async {
        let questions = Self.questions.map { QuestionBody(question: $0, timeLimit: 90, idealAnswer: .value("A clear, honest account.")) }
        let create = AssessmentBody(testName: name, hiringForRole: Self.role, purposeOfInterview: .value("A contract check by tapform."),
                                    duration: 20, aiLanguage: WireLimits.languages.first, skills: ["Communication"], questions: questions)
        guard proceed("create") else { return }
        let createdBody = await send(.create, .post, WirePath.createAudioInterview, create,
                                     expected: "an assessment with 2 questions at 1, 2") { data in
            Self.orders(data, [1, 2]) + Self.texts(data, Self.questions)
        }
        guard let id = createdBody.flatMap(Self.identity)?.assessmentId else { return }
        outcome.created.append(CreatedAssessment(name: name, id: id, deactivated: false))
        let one = WirePath.assessment(PathSegment.escape(id))

        guard proceed("read") else { return }
        await read(one, note: nil, expected: "the assessment with 2 questions at 1, 2") { Self.orders($0, [1, 2]) }

        guard proceed("update") else { return }
        await send(.update, .put, one, AssessmentBody(duration: 25), expected: "the assessment, duration 25") { data in
            Self.full(WireAssessment.self, data)?.duration.map { Self.expect($0 == 25, "data.duration", "25", $0) } ?? []
        }

        guard proceed("add a question") else { return }
        let addedBody = await send(
            .addQuestion, .post, WirePath.questions(PathSegment.escape(id)),
            QuestionBody(question: "What would you like to learn in your next role?", timeLimit: 60, order: 1),
            expected: "the question, order 1") { data in
            let order = Self.full(WireQuestionIdentity.self, data)?.order
            return Self.expect(order == 1, "data.order", "1", order)
        }
        guard let added = addedBody.flatMap({ Self.full(WireQuestionIdentity.self, $0) })?.questionId else { return }
        let questionPath = WirePath.question(PathSegment.escape(id), PathSegment.escape(added))
        await read(one, note: "after the insert", expected: "3 questions at 1, 2, 3, the new one first") { data in
            let first = Self.identity(data)?.questions?.first?.questionId
            return Self.orders(data, [1, 2, 3]) + Self.expect(first == added, "data.questions[0].questionId", added, first)
        }

        guard proceed("move a question") else { return }
        await send(.updateQuestion, .put, questionPath, QuestionBody(order: 3), expected: "the question, order 3") { data in
            let order = Self.full(WireQuestionIdentity.self, data)?.order
            return Self.expect(order == 3, "data.order", "3", order)
        }
        await read(one, note: "after the move", expected: "3 questions at 1, 2, 3, the moved one last") { data in
            let last = Self.identity(data)?.questions?.last?.questionId
            return Self.orders(data, [1, 2, 3]) + Self.expect(last == added, "data.questions[2].questionId", added, last)
        }

        guard proceed("delete a question") else { return }
        await send(.deleteQuestion, .delete, questionPath, nil as QuestionBody?, expected: "deleted: true") { data in
            let deleted = Self.full(WireDeleted.self, data)?.deleted
            return Self.expect(deleted == true, "data.deleted", "true", deleted)
        }
        await read(one, note: "after the delete", expected: "the 2 first questions at 1, 2") { data in
            Self.orders(data, [1, 2]) + Self.texts(data, Self.questions)
        }

        guard proceed("generate questions") else { return }
        await send(.generateQuestions, .post, WirePath.generateQuestions(PathSegment.escape(id)),
                   GenerateQuestionsBody(numberOfQuestions: 2), expected: "2 new questions at 3, 4") { data in
            Self.orders(Self.full(WireGeneratedQuestions.self, data)?.questions.map(\.order), [3, 4])
        }

        guard proceed("auto-generate") else { return }
        let generatedName = name + "-generated"
        let generatedBody = await send(
            .autoGenerate, .post, WirePath.autoGenerate,
            AutoGenerateBody(assessment: AssessmentBody(testName: generatedName, hiringForRole: Self.role, skills: ["Communication"]),
                             numberOfQuestions: 2),
            expected: "an assessment with 2 generated questions at 1, 2") { Self.orders($0, [1, 2]) }
        if let generated = generatedBody.flatMap(Self.identity)?.assessmentId {
            outcome.created.append(CreatedAssessment(name: generatedName, id: generated, deactivated: false))
        }

        guard proceed("invite twice") else { return }
        await inviteTwice(assessmentId: id)

        guard proceed("list the candidates") else { return }
        await send(.candidateList, .get, WirePath.candidates(PathSegment.escape(id)), nil as QuestionBody?,
                   query: ContractProbe.firstPage, expected: "a page of completed candidates (none yet)") { _ in [] }
    }

    private func inviteTwice(assessmentId: String) async {
        let path = WirePath.invite(PathSegment.escape(assessmentId))
        let body = InviteBody(email: name + "@example.com", firstName: "Tapform", lastName: "Doctor")
        let first = await send(.invite, .post, path, body, expected: "INVITED, alreadyInvited: false") { data in
            let again = Self.full(WireInviteResult.self, data)?.alreadyInvited
            return Self.expect(again == false, "data.alreadyInvited", "false", again)
        }.flatMap { Self.full(WireInviteResult.self, $0) }
        let second = await send(.invite, .post, path, body, note: "the same address again",
                                expected: "alreadyInvited: true, no second email") { data in
            let again = Self.full(WireInviteResult.self, data)?.alreadyInvited
            return Self.expect(again == true, "data.alreadyInvited", "true", again)
        }.flatMap { Self.full(WireInviteResult.self, $0) }
        outcome.deduplicationCheck = await deduplication(first: first, second: second, assessmentId: assessmentId)
    }

    private func deduplication(first: WireInviteResult?, second: WireInviteResult?, assessmentId: String) async -> DoctorCheck {
        let throwaway = "with the throwaway assessment \"\(name)\" (\(assessmentId)), now inactive"
        guard let first, let second else {
            return .failed("repeated invites: an invite \(throwaway) failed or did not read", "see the table; run again with --debug")
        }
        if first.alreadyInvited == true {
            outcome.deduplicates = false
            return .failed("repeated invites: the first invite of a new address \(throwaway) answered alreadyInvited: true",
                           "report it with this output; --resend-unknown cannot rely on that answer")
        }
        guard second.alreadyInvited == true else {
            outcome.deduplicates = false
            return .failed("repeated invites are not de-duplicated: the second invite of one address \(throwaway) "
                + "answered alreadyInvited: \(second.alreadyInvited.map(String.init) ?? "absent")",
                "do not use invite --resend-unknown here: it would email candidates twice")
        }
        var emails = "emails not counted (not an emulator with test controls)"
        if let controls, let counters = try? await controls.counters() {
            let sent = counters.emails.filter { $0.key.hasPrefix(assessmentId + " ") }.values.reduce(0, +)
            guard sent == 1 else {
                outcome.deduplicates = false
                return .failed("repeated invites: the second answer says alreadyInvited, but the emulator counted \(sent) emails "
                    + throwaway, "do not use invite --resend-unknown here")
            }
            emails = "1 email sent"
        }
        outcome.deduplicates = true
        return .passed("a repeated invite is de-duplicated: the second answer says alreadyInvited, \(emails) (checked \(throwaway))")
    }

    /// Sets every assessment created inactive, each checked like any update; runs whatever happened before.
    private func deactivateAll() async {
        for index in outcome.created.indices {
            let created = outcome.created[index]
            let answer = await send(
                .update, .put, WirePath.assessment(PathSegment.escape(created.id)), AssessmentBody(status: WireStatus.inactive),
                note: "set \(created.name) inactive", expected: "the assessment, status \(WireStatus.inactive)") { data in
                let status = Self.identity(data)?.status
                return Self.expect(status == WireStatus.inactive, "data.status", WireStatus.inactive, status)
            }
            outcome.created[index].deactivated = answer.flatMap(Self.identity)?.status == WireStatus.inactive
        }
    }

    // MARK: - One exchange

    /// False (and the step noted as the first not run) once a stop was requested.
    private func proceed(_ step: String) -> Bool {
        guard interruption?.isRequested == true else { return true }
        outcome.stoppedBefore = step
        return false
    }

    private func read(_ path: String, note: String?, expected: String, check: (Data) -> [String]) async {
        await send(.assessment, .get, path, nil as QuestionBody?, note: note, expected: expected, check: check)
    }

    /// Sends one request and adds its row: the status, every difference from the contract's shape, and
    /// what `check` finds wrong in the content (each naming the field). Returns the body of a success
    /// (also one that differs), nil when the request failed.
    @discardableResult
    private func send<Body: Encodable & Sendable>(
        _ endpoint: ContractEndpoint, _ method: HTTPMethod, _ path: String, _ body: Body?, query: [URLQueryItem] = [],
        note: String? = nil, expected: String, check: (Data) -> [String]
    ) async -> Data? {
        let label = endpoint.rawValue + (note.map { " (\($0))" } ?? "")
        let expectedText = "\(Self.expectedStatus), \(expected)"
        let status: Int, data: Data
        do {
            if method == .get {
                let body = try await client.rawGet(path, query: query)
                (status, data) = (Self.expectedStatus, body)
            } else {
                (status, data) = try await client.rawSend(method, path, body: body)
            }
        } catch {
            outcome.rows.append(EndpointCheck(endpoint: label, expected: expectedText, seen: "failed", ok: false, mismatches: ["\(error)"]))
            return nil
        }
        var mismatches = ContractProbe.grouped(ContractChecker.check(data, against: endpoint))
        if status != Self.expectedStatus { mismatches.insert("HTTP status: expected \(Self.expectedStatus), got \(status)", at: 0) }
        mismatches += check(data).filter { !mismatches.contains($0) }
        let envelope = ContractChecker.envelope(of: data).map(\.rawValue) ?? "not a JSON object"
        let seen = "\(status), \(envelope)"
            + (mismatches.isEmpty ? "" : ", \(mismatches.count) difference\(mismatches.count == 1 ? "" : "s")")
        outcome.rows.append(EndpointCheck(endpoint: label, expected: expectedText, seen: seen, ok: mismatches.isEmpty, mismatches: mismatches))
        return data
    }

    private static let expectedStatus = 200

    /// The answer as `T`, read tolerantly from any documented envelope; nil when it does not read.
    static func full<T: Decodable>(_ type: T.Type, _ data: Data) -> T? { try? Envelope.decode(type, from: data) }

    /// The ids, status and question order of an assessment answer.
    static func identity(_ data: Data) -> WireAssessmentIdentity? { full(WireAssessmentIdentity.self, data) }

    // MARK: - Content checks, each naming the field

    static func expect<T: CustomStringConvertible>(_ holds: Bool, _ field: String, _ wanted: String, _ got: T?) -> [String] {
        holds ? [] : ["\(field): expected \(wanted), got \(got.map { "\($0)" } ?? "nothing")"]
    }

    static func orders(_ data: Data, _ wanted: [Int]) -> [String] { orders(identity(data)?.questions?.map(\.order), wanted) }

    /// The questions' `order` values against `wanted`; nothing when they are unreadable (the contract check says why).
    static func orders(_ orders: [Int?]?, _ wanted: [Int]) -> [String] {
        guard let orders else { return [] }
        let got = orders.map { $0.map(String.init) ?? "?" }
        let want = wanted.map(String.init)
        return got == want ? [] : ["data.questions[*].order: expected \(want.joined(separator: ", ")), got \(got.isEmpty ? "none" : got.joined(separator: ", "))"]
    }

    static func texts(_ data: Data, _ wanted: [String]) -> [String] {
        guard let questions = identity(data)?.questions else { return [] }
        return questions.map(\.question) == wanted ? [] : ["data.questions[*].question: not the texts sent, in the order sent"]
    }
}
