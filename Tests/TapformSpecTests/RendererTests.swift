import Foundation
import Testing
@testable import TapformSpec

@Suite struct RendererTests {
    static let sample: [Diagnostic] = [
        Diagnostic(.warning, .duplicateQuestion, "question 2 repeats the text of question 1", file: "b.yaml", line: 3, column: 5),
        Diagnostic(.error, .unknownKey, "unknown key \"durationMinute\"", file: "a.yaml", line: 4, column: 1,
                   hint: "did you mean \"durationMinutes\"?"),
        Diagnostic(.error, .yamlSyntax, "bad, very: bad\nsecond line", file: "a.yaml", line: 2, column: 9),
    ]

    @Test func humanIsSortedWithHintsIndented() {
        #expect(DiagnosticRenderer.human(Self.sample, color: false) == """
            a.yaml:2:9: error: bad, very: bad\\nsecond line [yaml-syntax]
            a.yaml:4:1: error: unknown key "durationMinute" [unknown-key]
              hint: did you mean "durationMinutes"?
            b.yaml:3:5: warning: question 2 repeats the text of question 1 [duplicate-question]

            """)
        #expect(DiagnosticRenderer.summaryLine(Self.sample) == "2 errors and 1 warning in 2 files")
        #expect(DiagnosticRenderer.summaryLine([]) == "no problems")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!DiagnosticRenderer.human(Self.sample, color: false).contains("\u{1B}"))
        let coloured = DiagnosticRenderer.human(Self.sample, color: true)
        #expect(coloured.contains("\u{1B}[1;31merror:"))
        #expect(coloured.contains("\u{1B}[1;33mwarning:"))
    }

    @Test func userTextCannotInjectTerminalEscapes() {
        let evil = Diagnostic(.error, .unknownKey, "unknown key \"\u{1B}[2J\"", file: "a.yaml", line: 1, column: 1)
        #expect(!DiagnosticRenderer.human([evil], color: false).contains("\u{1B}"))
    }

    @Test func githubEscapesAndAnnotates() {
        let text = DiagnosticRenderer.github(Self.sample)
        #expect(text == """
            ::error file=a.yaml,line=2,col=9,title=yaml-syntax::bad, very: bad%0Asecond line
            ::error file=a.yaml,line=4,col=1,title=unknown-key::unknown key "durationMinute"%0Ahint: did you mean "durationMinutes"?
            ::warning file=b.yaml,line=3,col=5,title=duplicate-question::question 2 repeats the text of question 1

            """)
        let odd = Diagnostic(.error, .unknownKey, "100%\r\n", file: "dir,1/a:b.yaml", line: 1, column: 1)
        #expect(DiagnosticRenderer.github([odd]) == "::error file=dir%2C1/a%3Ab.yaml,line=1,col=1,title=unknown-key::100%25%0D%0A\n")
    }

    @Test func githubShowsAtMostTenOfEachThenCounts() {
        let errors = (1...13).map { Diagnostic(.error, .unknownKey, "e\($0)", file: "a.yaml", line: $0, column: 1) }
        let warnings = (1...11).map { Diagnostic(.warning, .unusedVar, "w\($0)", file: "b.yaml", line: $0, column: 1) }
        let lines = DiagnosticRenderer.github(errors + warnings).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
        #expect(lines.last == "... and 3 more errors and 1 more warning not annotated (run tapform validate to see all)")
    }
}
