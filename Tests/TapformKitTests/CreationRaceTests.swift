import Testing
@testable import TapformKit
import TapformSpec
import TaptalentAPI

/// The rule every concurrent run computes alike, and the name a retracted copy gets.
@Suite("creation race: the winner and the retracted name")
struct CreationRaceTests {
    static func copy(_ id: String, _ createdAt: Int64?) -> WireAssessment {
        WireAssessment(assessmentId: id, testName: "Screen", createdAt: createdAt)
    }

    @Test("the earliest created wins; a tie goes to the smaller id; a copy without createdAt comes last")
    func winner() {
        #expect(CreationRace.winner(of: [Self.copy("b", 5), Self.copy("a", 6)])?.assessmentId == "b")
        #expect(CreationRace.winner(of: [Self.copy("b", 5), Self.copy("a", 5)])?.assessmentId == "a")
        #expect(CreationRace.winner(of: [Self.copy("a", nil), Self.copy("z", 9)])?.assessmentId == "z")
        // Every order of the same copies gives the same winner.
        let copies = [Self.copy("c", 7), Self.copy("a", 7), Self.copy("b", 8)]
        #expect(Set([copies, copies.reversed(), [copies[1], copies[2], copies[0]]].map { CreationRace.winner(of: $0)?.assessmentId }) == ["a"])
    }

    @Test("a retracted name keeps within the name limit, and only a catch-all manage glob reaches it")
    func retractedName() {
        let id = "0123456789abcdef01234567"
        let short = CreationRace.retractedName("Engineering Screen", id: id)
        #expect(short == "[retracted duplicate \(id)] Engineering Screen")
        let long = CreationRace.retractedName(String(repeating: "x", count: WireLimits.testNameLength.upperBound), id: id)
        #expect(long.count == WireLimits.testNameLength.upperBound)
        #expect(long.hasSuffix("x…"))
        #expect(!Glob("Engineering *").matches(short))
        #expect(!Glob("Engineering Screen").matches(short))
        #expect(Glob("*").matches(short), "a catch-all glob reaches it; it is inactive, so --prune leaves it alone")
    }

    @Test("a run that lost a race is not a success, and says so")
    func report() {
        let done = AssessmentOutcome(action: .create, name: "Alpha", remoteId: "a1", stepsDone: 1, stepsPlanned: 1,
                                     questionChanges: 0, result: .done, recovered: false)
        var lost = done
        lost.name = "Beta"
        lost.result = .conflict("another run created \"Beta\" first (w1), while this run created a copy (b1); this run retracted its copy")
        let report = ApplyReport(outcomes: [done, lost])
        #expect(!report.isSuccess)
        #expect(report.created == 1)
        #expect(lost.progressLine == "! \"Beta\": another run created \"Beta\" first (w1), while this run created a copy (b1); this run retracted its copy")
        #expect(report.text == """
            Conflicts with another run:
              another run created "Beta" first (w1), while this run created a copy (b1); this run retracted its copy

            Apply incomplete: 1 of 2 assessments conflicted with another run (listed above); 1 created, 0 updated, \
            0 deactivated; 0 question changes. Run apply again to finish: it continues where this one stopped.
            """)
    }
}
