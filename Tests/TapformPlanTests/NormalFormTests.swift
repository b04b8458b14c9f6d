import Testing
import TapformPlan

@Suite("Normal form")
struct NormalFormTests {
    @Test func trimsAndComposesText() {
        let decomposed = "  Cafe\u{301} culture\n"
        #expect(TextNormalizer.normalize(decomposed) == "Caf\u{E9} culture")
        #expect(TextNormalizer.normalize("\u{A0}\tplain ") == "plain")
        #expect(TextNormalizer.normalize("inner  space kept") == "inner  space kept")
        #expect(TextNormalizer.normalizeOptional("   ") == nil)
    }

    @Test func fillsRemoteDefaultsAndDropsEmptyOptionals() {
        let remote = RemoteAssessment(id: "a1", name: " Screen ", role: "Engineer", purpose: "", job: "")
        let settings = AssessmentSettings(remote)
        #expect(settings.name == "Screen")
        #expect(settings.durationMinutes == 20)
        #expect(settings.language == "english")
        #expect(settings.purpose == nil)
        #expect(settings.job == nil)
        #expect(settings.emailVerification == false)
    }

    @Test func languageIsLowerCased() {
        let desired = DesiredAssessment(name: "Screen", role: "Engineer", language: " Spanish", filePath: "a.yaml")
        #expect(AssessmentSettings(desired).language == "spanish")
    }

    @Test func skillsCompareAsASetButCaseCounts() {
        #expect(AssessmentSettings.sameSkills(["Go", "SQL"], ["SQL", "Go"]))
        #expect(!AssessmentSettings.sameSkills(["Go", "SQL"], ["go", "SQL"]))
        #expect(!AssessmentSettings.sameSkills(["Go"], ["Go", "SQL"]))
    }

    @Test func questionDefaultsAndNormalisation() {
        let remote = RemoteQuestion(id: "q", text: "Tell me about e\u{301}quipe work. ", timeLimitSeconds: nil, idealAnswer: " ", order: 1)
        let content = QuestionContent(remote)
        #expect(content == QuestionContent(text: "Tell me about \u{E9}quipe work.", timeLimitSeconds: 120, idealAnswer: nil))
    }

    @Test func equivalentSpellingsPlanNoChanges() {
        var desired = Fixtures.desired("Screen", questions: [Fixtures.question("Describe a hard bug you fixed.")])
        desired.skills = ["Go", "SQL"]
        desired.purpose = "Depth."
        desired.language = "English"
        var remote = Fixtures.remote(desired, id: "a1")
        remote.name = "Screen  "
        remote.skills = ["SQL", "Go"]
        remote.purpose = "Depth.\n"
        remote.language = "english"
        remote.durationMinutes = nil
        remote.questions[0].text = "  Describe a hard bug you fixed."
        let plan = Fixtures.plan([desired], [remote])
        #expect(!plan.hasChanges)
        #expect(plan.assessments.first?.action == .noChange)
        #expect(plan.summary.line == "No changes. The account matches the files.")
    }

    @Test func applyThenPlanIsClean() throws {
        let desired = Fixtures.desired("Screen", questions: [
            Fixtures.question("Walk me through a rate limiter design.", 180, ideal: "Token bucket."),
            Fixtures.question("Tell me about a production incident you owned."),
        ])
        var remote = Fixtures.remote(desired, id: "a1", questions: [
            Fixtures.question("Tell me about a production incident you owned.", 90),
            Fixtures.question("What is your favourite editor and why?"),
        ])
        remote.durationMinutes = 30
        remote.skills = ["Go"]
        remote.purpose = "Old purpose."
        let first = Fixtures.plan([desired], [remote])
        #expect(first.hasChanges)
        let applied = try Fixtures.applying(first.assessments[0].steps, to: remote)
        let second = Fixtures.plan([desired], [applied])
        #expect(!second.hasChanges, "second plan: \(HumanPlanRenderer.render(second))")
    }
}
