import TapformInvite
import TapformSpec
import TaptalentAPI
import Testing

/// Offline validation (TapformSpec, TapformInvite) repeats the contract's limits because those targets do not
/// depend on the API client; this is the check that they stay equal to `WireLimits`.
@Suite("Offline limits equal the wire contract's")
struct LimitsAgreementTests {
    @Test func assessmentLimits() {
        #expect(SpecLimits.testNameLength == WireLimits.testNameLength)
        #expect(SpecLimits.hiringForRoleLength == WireLimits.hiringForRoleLength)
        #expect(SpecLimits.purposeMaxLength == WireLimits.purposeMaxLength)
        #expect(SpecLimits.durationMinutes == WireLimits.durationMinutes)
        #expect(SpecLimits.defaultDurationMinutes == WireLimits.defaultDurationMinutes)
        #expect(SpecLimits.languages == WireLimits.languages)
        #expect(SpecLimits.defaultLanguage == WireLimits.defaultLanguage)
        #expect(SpecLimits.maxSkills == WireLimits.maxSkills)
        #expect(SpecLimits.skillLength == WireLimits.skillLength)
    }

    @Test func questionLimits() {
        #expect(SpecLimits.questionTextLength == WireLimits.questionTextLength)
        #expect(SpecLimits.timeLimitSeconds == WireLimits.timeLimitSeconds)
        #expect(SpecLimits.defaultTimeLimitSeconds == WireLimits.defaultTimeLimitSeconds)
        #expect(SpecLimits.idealAnswerMaxLength == WireLimits.idealAnswerMaxLength)
        #expect(SpecLimits.maxQuestions == WireLimits.maxQuestions)
        #expect(SpecLimits.numberOfQuestions == WireLimits.numberOfQuestions)
        #expect(SpecLimits.defaultNumberOfQuestions == WireLimits.defaultNumberOfQuestions)
    }

    @Test func inviteLimits() {
        #expect(InviteLimits.nameMaxLength == WireLimits.candidateNameMaxLength)
    }
}
