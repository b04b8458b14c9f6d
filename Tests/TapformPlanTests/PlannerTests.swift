import Testing
import TapformPlan

@Suite("Planner")
struct PlannerTests {
    @Test func createCarriesEverythingInOneStep() {
        let desired = Fixtures.desired("Fresh", questions: [Fixtures.question("Describe a hard bug you fixed.", 200, ideal: "Root cause.")])
        let plan = Fixtures.plan([desired], [])
        let entry = plan.assessments[0]
        #expect(entry.action == .create)
        #expect(entry.steps.count == 1)
        guard case .createAssessment(let create) = entry.steps[0] else { Issue.record("expected a create"); return }
        #expect(create.settings.name == "Fresh")
        #expect(create.questions == [QuestionContent(text: "Describe a hard bug you fixed.", timeLimitSeconds: 200, idealAnswer: "Root cause.")])
        #expect(plan.summary.line == "Plan: 1 to create, 0 to update, 0 to deactivate; 0 question changes.")
    }

    @Test func generatedCreateUsesAutoGenerate() {
        var desired = Fixtures.desired("Support", questions: nil)
        desired.generateCount = 5
        let entry = Fixtures.plan([desired], []).assessments[0]
        #expect(entry.steps == [.autoGenerate(AutoGenerateStep(settings: AssessmentSettings(desired), count: 5))])
    }

    @Test func generatedQuestionsOnAnExistingAssessmentAreNotChanged() {
        let desired = Fixtures.desired("Support", questions: nil)
        let remote = Fixtures.remote(desired, id: "a1", questions: [Fixtures.question("Generated question one here.")])
        let plan = Fixtures.plan([desired], [remote])
        #expect(!plan.hasChanges)
        #expect(plan.assessments[0].generatedNotInFile == ["Generated question one here."])
        #expect(plan.allWarnings.contains { $0.message.contains("generated question") })
    }

    @Test func settingsUpdateSendsOnlyChangedFields() {
        var desired = Fixtures.desired("Screen")
        desired.durationMinutes = 25
        desired.purpose = nil
        var remote = Fixtures.remote(desired, id: "a1")
        remote.durationMinutes = 20
        remote.purpose = "Old purpose."
        let entry = Fixtures.plan([desired], [remote]).assessments[0]
        #expect(entry.steps == [.updateSettings(SettingsPatch(purpose: NewValue(nil), durationMinutes: 25))])
        #expect(entry.fieldDiffs.map(\.field) == ["purpose", "durationMinutes"])
    }

    @Test func renameIsAnUpdateOfTheName() {
        let desired = Fixtures.desired("New Name", renamedFrom: ["Old Name"])
        var remote = Fixtures.remote(desired, id: "a1")
        remote.name = "Old Name"
        let entry = Fixtures.plan([desired], [remote]).assessments[0]
        #expect(entry.action == .update)
        #expect(entry.renamedFrom == "Old Name")
        #expect(entry.steps == [.updateSettings(SettingsPatch(name: "New Name"))])
    }

    @Test func unfetchedMatchIsBlocked() {
        let desired = Fixtures.desired("Screen")
        let resolution = IdentityResolver.resolve(desired: [desired], remote: [RemoteAssessmentSummary(id: "a1", name: "Screen")])
        let plan = Planner.plan(resolution, fetched: [:])
        #expect(plan.assessments[0].action == .blocked)
    }

    @Test func fingerprintFollowsContent() {
        let desired = Fixtures.desired("Screen", questions: [Fixtures.question("Describe a hard bug you fixed.")])
        let remote = Fixtures.remote(desired, id: "a1")
        var edited = remote
        edited.questions[0].timeLimitSeconds = 300
        #expect(RemoteFingerprint.of(remote) == RemoteFingerprint.of(remote))
        #expect(RemoteFingerprint.of(remote) != RemoteFingerprint.of(edited))
        #expect(RemoteFingerprint.of(remote).hasPrefix("1700000000000-"))
        #expect(Fixtures.plan([desired], [remote]).assessments[0].fingerprint == RemoteFingerprint.of(remote))
    }

    @Test func summaryLineCountsQuestionChangesOfExistingAssessments() {
        let a = Fixtures.desired("A", questions: [Fixtures.question("First question about design.")])
        let remoteA = Fixtures.remote(a, id: "a1", questions: [])
        let b = Fixtures.desired("B", questions: [Fixtures.question("Another question about teams.")])
        let plan = Fixtures.plan([a, b], [remoteA])
        #expect(plan.summary.line == "Plan: 1 to create, 1 to update, 0 to deactivate; 1 question change.")
    }
}
