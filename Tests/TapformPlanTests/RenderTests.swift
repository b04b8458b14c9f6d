import Testing
import TapformPlan
import TaptalentContract

@Suite("Renderers")
struct RenderTests {
    /// A plan creating `count` assessments of 20 long questions each.
    private func hugePlan(count: Int) -> Plan {
        let desired = (0..<count).map { index in
            Fixtures.desired("Assessment \(index)", questions: (0..<20).map {
                Fixtures.question("Question \($0) of assessment \(index): " + String(repeating: "long text ", count: 60))
            })
        }
        return Fixtures.plan(desired, [])
    }

    @Test func markdownStaysUnderTheCapAndSaysWhatItLeftOut() {
        let markdown = MarkdownRenderer.render(hugePlan(count: 200))
        #expect(markdown.utf16.count < MarkdownRenderer.defaultMaxLength)
        #expect(markdown.contains("more assessments not shown"))
        let shown = markdown.components(separatedBy: "<details>").count - 1
        #expect(markdown.contains("… \(200 - shown) more assessments not shown"))
        #expect(markdown.components(separatedBy: "</details>").count - 1 == shown, "no section is cut in half")
    }

    @Test func capHoldsWithManyEscapedErrorsAndUnmanagedAssessments() {
        let noisy = String(repeating: "*_[]|<>", count: 30)
        let desired = (0..<300).map { Fixtures.desired(noisy + "\($0 / 2)", file: "f\($0).yaml") }
        let remote = (0..<2_000).map { RemoteAssessment(id: "r\($0)", name: noisy + " unmanaged \($0)") }
        let markdown = MarkdownRenderer.render(Fixtures.plan(desired, remote))
        #expect(markdown.utf16.count < MarkdownRenderer.defaultMaxLength)
        #expect(markdown.contains("more errors"))
        #expect(markdown.contains("more assessments"))
    }

    @Test("a question whose neighbours move around it says it stays, never 'moved 5 → 5'")
    func reorderAroundAQuestion() {
        let texts = ["Tell me about your first week in the role.", "How do you plan a schema change?",
                     "What does good on-call look like?", "Describe a design review you led."]
        let remote = RemoteAssessment(
            id: "r1", name: "Screen", role: "Engineer",
            questions: texts.enumerated().map { RemoteQuestion(id: "q\($0.offset)", text: $0.element, timeLimitSeconds: 120, order: $0.offset + 1) })
        // Reverse the last three: one of them keeps its index while its neighbours move.
        let desired = Fixtures.desired("Screen", questions: [texts[0], texts[3], texts[2], texts[1]].map { Fixtures.question($0) })
        let human = HumanPlanRenderer.render(Fixtures.plan([desired], [remote]))
        #expect(human.contains("↕"))
        #expect(!human.contains("moved 3 → 3"), "\(human)")
        #expect(human.contains("moved 2 → 4") || human.contains("moved 4 → 2"), "\(human)")
    }

    /// A plan editing one long question: `edit` applied to `longQuestion`.
    private func editPlan(_ edit: (String) -> String) -> Plan {
        let remote = RemoteAssessment(
            id: "r1", name: "Screen", role: "Engineer",
            questions: [RemoteQuestion(id: "q1", text: Self.longQuestion, timeLimitSeconds: 120, order: 1)])
        return Fixtures.plan([Fixtures.desired("Screen", questions: [Fixtures.question(edit(Self.longQuestion))])], [remote])
    }

    private static let longQuestion = "Stellen Sie sich vor, ein wichtiger Kunde meldet kurz vor Feierabend einen Ausfall, den "
        + "Ihr Team verursacht hat, und Ihre Vorgesetzte ist nicht erreichbar. Wie gehen Sie vor?"

    @Test("a one-word edit near the end of a long question shows the change, not two cut texts")
    func oneWordEditShowsTheChange() {
        let plan = editPlan { $0.replacingOccurrences(of: "Sie vor?", with: "Sie konkret vor?") }
        let human = HumanPlanRenderer.render(plan)
        #expect(human.contains("            text: \"…erreichbar. Wie gehen Sie {+konkret +}vor?\"\n"), "\(human)")
        #expect(!human.contains(" → "), "\(human)")
        let coloured = HumanPlanRenderer.render(plan, color: true)
        #expect(coloured.contains("Wie gehen Sie \u{1B}[32mkonkret \u{1B}[0mvor?"), "\(coloured)")
        #expect(!coloured.contains("{+"))

        let markdown = MarkdownRenderer.render(plan)
        #expect(markdown.contains("| ~ | 1 | " + Self.longQuestion.replacingOccurrences(of: "Sie vor?", with: "Sie <ins>konkret </ins>vor?")
            + " | text edited |"), "\(markdown)")
        let notice = GitHubPlanRenderer.render(plan).annotations
        #expect(notice.contains("question [1] will be updated: text \"…erreichbar. Wie gehen Sie {+konkret +}vor?\""), "\(notice)")
    }

    @Test("the width decides how much of an edited text shows; every line fits it")
    func widthDecidesTheLayout() {
        let plan = editPlan { $0.replacingOccurrences(of: "Kunde", with: "Großkunde").replacingOccurrences(of: "Sie vor?", with: "Sie konkret vor?") }
        let wide = HumanPlanRenderer.render(plan, width: 240)
        #expect(wide.contains("ein wichtiger [-Kunde-]{+Großkunde+} meldet kurz vor Feierabend einen Ausfall"), "\(wide)")
        #expect(wide.contains("Stellen Sie sich vor,"), "the whole text when it fits: \(wide)")
        for width in [60, 80, 100] {
            let output = HumanPlanRenderer.render(plan, width: width)
            let lines = output.split(separator: "\n")
            let diff = lines.drop { !$0.contains("text: ") }.prefix { !$0.isEmpty && !$0.hasPrefix("Plan:") }
            #expect(diff.count >= 2 && diff.allSatisfy { $0.count <= width }, "\(width): \(output)")
            #expect(output.contains("{+Großkunde+}") && output.contains("{+konkret +}"), "\(width): \(output)")
            #expect(output.contains("Feierabend …"), "\(width): \(output)")
        }
        #expect(HumanPlanRenderer.render(plan, width: 10) == HumanPlanRenderer.render(plan, width: 60), "narrower than 60 lays out at 60")
    }

    @Test("a replaced text with no word in common reads old → new")
    func unrelatedTextsReadOldToNew() {
        let desired = Fixtures.desired("Screen")
        var remote = Fixtures.remote(desired, id: "a1")
        remote.role = "Designer"
        let human = HumanPlanRenderer.render(Fixtures.plan([desired], [remote]))
        #expect(human.contains("~ role: \"Designer\" → \"Engineer\""), "\(human)")
    }

    @Test func smallPlansAreNotCut() {
        let markdown = MarkdownRenderer.render(hugePlan(count: 3))
        #expect(!markdown.contains("not shown"))
        #expect(markdown.components(separatedBy: "<details>").count - 1 == 3)
    }

    @Test(arguments: [
        "</details><details><summary>x",
        "| a | b |\n|---|---|",
        "```\ncode fence",
        "<img src=x onerror=alert(1)>",
        "@everyone please look #123",
        "$$x^2$$ and \\(math\\)",
        "**bold** _it_ ~~gone~~ [link](javascript:alert(1))",
        "\u{202E}reversed\u{202C} and \u{1B}[31mred",
    ])
    func naughtyTextCannotBreakTheMarkdown(_ text: String) {
        let desired = Fixtures.desired("Name " + text, questions: [Fixtures.question(text + " padding")])
        let markdown = MarkdownRenderer.render(Fixtures.plan([desired], []))
        #expect(markdown.components(separatedBy: "<details>").count == 2)
        #expect(markdown.components(separatedBy: "</details>").count == 2)
        #expect(markdown.components(separatedBy: "<summary>").count == 2)
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("@everyone"))
        #expect(!markdown.contains("```"))
        #expect(!markdown.contains("\u{1B}") && !markdown.contains("\u{202E}"))
        let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| + |") }
        #expect(tableRows.count == 1)
        #expect(tableRows.allSatisfy { $0.filter { $0 == "|" }.count == 5 }, "a row keeps its cells")
    }

    @Test func humanOutputNeutralisesControlCharactersAndTruncates() {
        let text = "Tell me \u{1B}[2J about\nyourself " + String(repeating: "really ", count: 40)
        let plan = Fixtures.plan([Fixtures.desired("Screen", questions: [Fixtures.question(text)])], [])
        let output = HumanPlanRenderer.render(plan)
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("\\u{1B}[2J about yourself"))
        let line = output.split(separator: "\n").first { $0.contains("[1]") }!
        #expect(line.contains("…") && line.count < 130)
        #expect(!output.contains("\u{1B}["), "no colour unless asked")
        #expect(HumanPlanRenderer.render(plan, color: true).contains("\u{1B}[32m"))
    }

    @Test func noChangesSaysSo() {
        let desired = Fixtures.desired("Screen")
        let plan = Fixtures.plan([desired], [Fixtures.remote(desired, id: "a1")])
        #expect(HumanPlanRenderer.render(plan) == "No changes. The account matches the files.\n")
    }

    @Test func githubEscapesWorkflowCommands() {
        #expect(GitHubPlanRenderer.escapeData("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubPlanRenderer.escapeProperty("a,b:c.yaml") == "a%2Cb%3Ac.yaml")
        let line = GitHubPlanRenderer.annotation("error", SourceLocation(file: "x,y.yaml", line: 3, column: 2), "bad\n::set-output")
        #expect(line == "::error file=x%2Cy.yaml,line=3,col=2,title=tapform plan::bad%0A::set-output")
        #expect(!line.contains("\n"))
    }

    @Test func githubCapsAnnotationsAtTenPerKind() {
        let desired = (0..<15).map { Fixtures.desired("Dup", file: "f\($0).yaml") }
        let output = GitHubPlanRenderer.render(Fixtures.plan(desired, []))
        let errors = output.annotations.split(separator: "\n").filter { $0.hasPrefix("::error") }
        #expect(errors.count == 10)
        #expect(errors.last?.contains("and 6 more errors") == true)
    }
}
