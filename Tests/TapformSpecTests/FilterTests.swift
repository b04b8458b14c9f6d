import Testing
@testable import TapformSpec

@Suite struct FilterTests {
    @Test func globsMatchStarAndQuestionMarkCaseSensitively() {
        #expect(Glob("Senior *").matches("Senior Backend Engineer"))
        #expect(Glob("*Engineer*").matches("Senior Backend Engineer — Screen"))
        #expect(Glob("Sales ?").matches("Sales A"))
        #expect(!Glob("Sales ?").matches("Sales AB"))
        #expect(!Glob("senior *").matches("Senior Backend"))
        #expect(Glob("*").matches(""))
        #expect(Glob("a*b*c").matches("a-b-c") && !Glob("a*b*c").matches("a-b-d"))
        #expect(Glob("日本*").matches("日本語の面接"))
    }

    @Test func pathologicalPatternsStayFast() {
        let name = String(repeating: "a", count: 5_000)
        #expect(!Glob(String(repeating: "*a", count: 200) + "b").matches(name))
    }

    @Test func onlyAndExcludeCombine() {
        let names = ["Backend Screen", "Frontend Screen", "Sales Screen (Spanish)", "Backend Legacy"]
        let filter = AssessmentFilter(only: ["Backend*", "Sales*"], exclude: ["*Legacy"])
        #expect(names.filter(filter.selects) == ["Backend Screen", "Sales Screen (Spanish)"])
        #expect(AssessmentFilter().selectsAll && names.allSatisfy(AssessmentFilter().selects))
        #expect(AssessmentFilter(exclude: ["*Screen*"]).selects(name: "Backend Legacy"))
        #expect(AssessmentFilter(only: ["Nope*", "Back*"]).unmatchedOnlyPatterns(in: names) == ["Nope*"])
    }

    @Test func appliesToResolvedAssessments() {
        let result = SpecLoader.loadProject(files: [
            "assessments/a.yaml": "name: Alpha Screen\nrole: Engineer\n",
            "assessments/b.yaml": "name: Beta Screen\nrole: Engineer\n",
        ])
        #expect(AssessmentFilter(only: ["B*"]).apply(result.assessments).map(\.name.value) == ["Beta Screen"])
    }
}
