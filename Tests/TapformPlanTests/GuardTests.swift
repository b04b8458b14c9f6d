import Testing
import TapformPlan

@Suite("Guards")
struct GuardTests {
    private let kept = Fixtures.question("Tell me about a production incident you owned.")
    private let dropped = Fixtures.question("What is your favourite editor and why?")

    private func deletion(protect: Bool, submissions: Int, options: PlanOptions) -> AssessmentPlan {
        let desired = Fixtures.desired("Screen", questions: [kept], protect: protect)
        let remote = Fixtures.remote(desired, id: "a1", submissions: submissions, questions: [kept, dropped])
        return Fixtures.plan([desired], [remote], options: options).assessments[0]
    }

    @Test func deletingWithoutSubmissionsIsAllowed() {
        let entry = deletion(protect: false, submissions: 0, options: PlanOptions())
        #expect(entry.action == .update)
        #expect(entry.errors.isEmpty)
    }

    @Test func deletingWithSubmissionsNeedsAllowDestructive() {
        let refused = deletion(protect: false, submissions: 3, options: PlanOptions())
        #expect(refused.action == .blocked)
        #expect(refused.steps.isEmpty)
        #expect(refused.questionChanges.map(\.kind) == [.delete], "the refused change is still shown")
        #expect(refused.errors.first?.message.contains("--allow-destructive") == true)
        #expect(refused.errors.first?.location?.line == 12, "points at questions:")

        let allowed = deletion(protect: false, submissions: 3, options: PlanOptions(allowDestructive: true))
        #expect(allowed.action == .update)
        #expect(allowed.warnings.contains { $0.message.contains("3 submissions") })
    }

    @Test func protectRefusesDeletionsAlways() {
        let entry = deletion(protect: true, submissions: 0, options: PlanOptions(allowDestructive: true))
        #expect(entry.action == .blocked)
        #expect(entry.errors.first?.message.contains("protect") == true)
    }

    @Test func deactivationNeedsAllowDestructiveAndProtectRefusesIt() {
        for (protect, allow, expected) in [(false, false, PlanAction.blocked), (false, true, .deactivate), (true, true, .blocked)] {
            let desired = Fixtures.desired("Screen", status: .inactive, protect: protect)
            var remote = Fixtures.remote(desired, id: "a1")
            remote.status = .active
            let plan = Fixtures.plan([desired], [remote], options: PlanOptions(allowDestructive: allow))
            #expect(plan.assessments[0].action == expected, "protect \(protect), allow \(allow)")
            if expected == .blocked {
                #expect(plan.hasErrors)
                #expect(plan.assessments[0].errors.first?.location?.line == 9, "points at status:")
            } else {
                #expect(plan.summary.toDeactivate == 1 && plan.summary.toUpdate == 0)
                #expect(plan.assessments[0].steps == [.updateSettings(SettingsPatch(status: .inactive))])
            }
        }
    }

    @Test func reactivationIsAPlainUpdate() {
        let desired = Fixtures.desired("Screen", protect: true)
        var remote = Fixtures.remote(desired, id: "a1")
        remote.status = .inactive
        let plan = Fixtures.plan([desired], [remote])
        #expect(plan.assessments[0].action == .update)
    }

    @Test func pruneDeactivatesOnlyInScopeActiveUnmanaged() {
        let managed = Fixtures.desired("Screen")
        let remotes = [
            Fixtures.remote(managed, id: "a1"),
            RemoteAssessment(id: "a2", name: "Gone", role: "Engineer"),
            RemoteAssessment(id: "a3", name: "Out of scope", role: "Engineer"),
            RemoteAssessment(id: "a4", name: "Already retired", role: "Engineer", status: .inactive),
        ]
        let refused = Fixtures.plan([managed], remotes, options: PlanOptions(pruneIds: ["a2", "a4"]))
        #expect(refused.assessments.last?.action == .blocked)

        let plan = Fixtures.plan([managed], remotes, options: PlanOptions(allowDestructive: true, pruneIds: ["a2", "a4"]))
        let pruned = plan.assessments.filter { $0.action == .deactivate }
        #expect(pruned.map(\.remoteId) == ["a2"])
        #expect(pruned.first?.filePath == nil)
        #expect(pruned.first?.fingerprint != nil)
        #expect(Set(plan.unmanaged.map(\.id)) == ["a3", "a4"])
        #expect(plan.summary.line == "Plan: 0 to create, 0 to update, 1 to deactivate; 0 question changes.")
    }

    @Test func moreThanFiftyQuestionsIsAnError() {
        let questions = (0..<51).map { Fixtures.question("Question number \($0) of too many.") }
        let plan = Fixtures.plan([Fixtures.desired("Big", questions: questions)], [])
        #expect(plan.assessments[0].action == .blocked)
        #expect(plan.assessments[0].steps.isEmpty)
    }
}
