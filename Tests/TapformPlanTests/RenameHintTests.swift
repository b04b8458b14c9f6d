import Testing
@testable import TapformPlan
import TaptalentContract

@Suite("did you rename X? — a create alike an assessment no file declares")
struct RenameHintTests {
    static let questions = [
        "Tell me about a production incident you owned end to end.",
        "How do you decide what to test first in a new codebase?",
        "Describe a design decision you would make differently today.",
        "How do you review a pull request that is too large?",
        "What makes an on-call rotation sustainable?",
    ].map { Fixtures.question($0) }

    static func plan(_ desired: DesiredAssessment, unmanaged: [RemoteAssessment], read: [RemoteAssessment] = []) -> Plan {
        let resolution = IdentityResolver.resolve(desired: [desired], remote: unmanaged.map(Fixtures.summary))
        return Planner.plan(resolution, fetched: [:], unmanagedRead: Dictionary(uniqueKeysWithValues: read.map { ($0.id, $0) }))
    }

    static func remote(_ name: String, id: String, questions: [DesiredQuestion] = [], status: AssessmentStatus = .active) -> RemoteAssessment {
        var remote = Fixtures.remote(Fixtures.desired(name, questions: questions), id: id)
        remote.status = status
        return remote
    }

    @Test("a name sharing most words: the hint at the file's name line, with the exact renamedFrom to add")
    func similarName() throws {
        let desired = Fixtures.desired("Senior Backend Engineer Screen", questions: Self.questions)
        let plan = Self.plan(desired, unmanaged: [
            Self.remote("Backend Engineer Screen", id: "a7"), Self.remote("Frontend Engineer Screen", id: "a8"),
        ])
        let entry = try #require(plan.assessments.first)
        #expect(entry.action == .create, "a hint changes nothing in the plan")
        let hint = try #require(entry.warnings.first)
        #expect(hint.message.hasPrefix("did you rename \"Backend Engineer Screen\"? add renamedFrom: [\"Backend Engineer Screen\"]"))
        #expect(hint.message.contains("a7"))
        #expect(hint.message.contains("75% of their words"))
        #expect(hint.location == desired.location(of: .name))
        #expect(HumanPlanRenderer.render(plan).contains("did you rename \"Backend Engineer Screen\"?"))
        #expect(MarkdownRenderer.render(plan).contains("did you rename"))
        #expect(GitHubPlanRenderer.render(plan).annotations.contains(
            "::warning file=assessments/senior-backend-engineer-screen.yaml,line=1,col=7,title=tapform plan::did you rename"))
        #expect(JSONRenderer.render(plan).contains("did you rename"))
    }

    @Test("a different name with mostly the same questions, once read; fewer than 60% of them is not alike")
    func sameQuestions() throws {
        let desired = Fixtures.desired("Platform on-call interview", questions: Self.questions)
        var edited = Array(Self.questions.prefix(3))
        edited[0] = Fixtures.question("Tell me about a production incident you owned from start to end.")
        let renamed = Self.remote("Ops screen 2024", id: "a9", questions: edited + [Fixtures.question("Unrelated one?")])
        let unread = Self.plan(desired, unmanaged: [renamed])
        #expect(unread.assessments.first?.warnings.isEmpty == true, "questions unknown until read")
        let read = Self.plan(desired, unmanaged: [renamed], read: [renamed])
        let hint = try #require(read.assessments.first?.warnings.first)
        #expect(hint.message.hasPrefix("did you rename \"Ops screen 2024\"?"))
        #expect(hint.message.contains("3 of 5 questions are alike"))

        let few = Self.remote("Ops screen 2023", id: "a10", questions: Array(Self.questions.prefix(2)))
        #expect(Self.plan(desired, unmanaged: [few], read: [few]).assessments.first?.warnings.isEmpty == true)
    }

    @Test("not alike: an unrelated name, an inactive assessment, a file that matched its own")
    func notAlike() {
        let desired = Fixtures.desired("Backend Engineer Screen", questions: Self.questions)
        #expect(Self.plan(desired, unmanaged: [Self.remote("Sales discovery call", id: "b1")]).allWarnings
            .allSatisfy { !$0.message.contains("did you rename") })
        #expect(Self.plan(desired, unmanaged: [Self.remote("Backend Engineer Screen (old)", id: "b2", status: .inactive)])
            .allWarnings.allSatisfy { !$0.message.contains("did you rename") })
        let matched = Fixtures.plan([desired], [Fixtures.remote(desired, id: "b3")])
        #expect(matched.allWarnings.isEmpty)
    }

    @Test("only in-scope, active, not-alike-by-name candidates are read, at most the limit, and only for creates with questions")
    func whatIsRead() {
        let creates = [Fixtures.desired("Backend Engineer Screen", questions: Self.questions)]
        let unmanaged = (1...15).map { RemoteAssessmentSummary(id: "r\($0)", name: "Team thing \($0)", questionCount: 3) }
            + [RemoteAssessmentSummary(id: "n", name: "Backend Engineer Screen v1", questionCount: 3),
               RemoteAssessmentSummary(id: "i", name: "Team inactive", status: .inactive, questionCount: 3),
               RemoteAssessmentSummary(id: "e", name: "Team empty", questionCount: 0)]
        let scope = Set(unmanaged.map(\.id))
        let ids = RenameHint.idsToFetch(creates: creates, unmanaged: unmanaged, manageScope: scope)
        #expect(ids.count == RenameHint.fetchLimit)
        #expect(!ids.contains("n") && !ids.contains("i") && !ids.contains("e"))
        #expect(RenameHint.idsToFetch(creates: creates, unmanaged: unmanaged, manageScope: []).isEmpty)
        let generated = [Fixtures.desired("Backend Engineer Screen", questions: nil)]
        #expect(RenameHint.idsToFetch(creates: generated, unmanaged: unmanaged, manageScope: scope).isEmpty)
    }
}
