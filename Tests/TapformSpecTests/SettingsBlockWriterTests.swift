import Testing
@testable import TapformSpec

@Suite struct SettingsBlockWriterTests {
    static let file = """
        # yaml-language-server: $schema=../schema/assessment.json
        name: Senior Backend Engineer — Screen   # identity
        role: 'Senior Backend Engineer'
        purpose: >
          Check system design depth
          and communication.
        durationMinutes: 25   # 5..120, default 20

        language: english
        skills:
          # what the interview covers
          - Go
          - PostgreSQL
        job: "1001"          # the Berlin opening
        emailVerification: false # keep it simple
        questions:
          - text: Walk me through a rate limiter.
        # after the questions
        status: active
        """

    static func write(_ values: [String: SettingsBlockWriter.Value], in text: String = file) throws -> String {
        try SettingsBlockWriter.replaceSettings(in: text, with: values).get()
    }

    /// `new` equals `old` with exactly the given line replaced by the given lines.
    static func replacing(_ old: String, line: Int, with lines: [String]) -> String {
        var all = old.components(separatedBy: "\n")
        all.replaceSubrange((line - 1)...(line - 1), with: lines)
        return all.joined(separator: "\n")
    }

    @Test("a number changes in place: its comment, the blank line and every other byte stay")
    func number() throws {
        let out = try Self.write(["durationMinutes": .integer(35)])
        #expect(out == Self.file.replacingOccurrences(of: "durationMinutes: 25   #", with: "durationMinutes: 35   #"))
    }

    @Test("a boolean changes in place, keeping the comment right after it")
    func boolean() throws {
        let out = try Self.write(["emailVerification": .boolean(true)])
        #expect(out == Self.file.replacingOccurrences(
            of: "emailVerification: false # keep", with: "emailVerification: true # keep"))
    }

    @Test("a string keeps its quoting: single stays single, double stays double, plain stays plain")
    func strings() throws {
        let out = try Self.write([
            "role": .text("Staff Backend Engineer"), "job": .text("1002"), "language": .text("german"),
            "status": .text("inactive"),
        ])
        var expected = Self.file
        for (old, new) in [
            ("role: 'Senior Backend Engineer'", "role: 'Staff Backend Engineer'"),
            ("job: \"1001\"          #", "job: \"1002\"          #"),
            ("language: english", "language: german"),
            ("status: active", "status: inactive"),
        ] { expected = expected.replacingOccurrences(of: old, with: new) }
        #expect(out == expected)
        // A value that needs quotes gets them whatever the style was.
        let quoted = try Self.write(["language": .text("yes")], in: "name: X\nrole: R\nlanguage: english\n")
        #expect(quoted == "name: X\nrole: R\nlanguage: \"yes\"\n")
    }

    @Test("a block list keeps its key line and indentation; a flow list is replaced in place")
    func lists() throws {
        let out = try Self.write(["skills": .textList(["Go", "Distributed systems", "SQL, advanced"])])
        #expect(out == Self.file.replacingOccurrences(
            of: "  - Go\n  - PostgreSQL\n", with: "  - Go\n  - Distributed systems\n  - SQL, advanced\n"))
        let flow = "name: X\nrole: R\nskills:   [Go,    SQL]     # odd spacing kept\nlanguage: english\n"
        #expect(try Self.write(["skills": .textList(["Go", "SQL, advanced", "C++"])], in: flow)
            == "name: X\nrole: R\nskills:   [Go, \"SQL, advanced\", C++]     # odd spacing kept\nlanguage: english\n")
        #expect(try Self.write(["skills": .textList([])], in: flow)
            == "name: X\nrole: R\nskills:   []     # odd spacing kept\nlanguage: english\n")
    }

    @Test("job: set, changed and removed")
    func job() throws {
        let without = "name: X\nrole: R\nskills: [Go]\nquestions: []\n"
        let added = try Self.write(["job": .text("1003")], in: without)
        #expect(added == "name: X\nrole: R\nskills: [Go]\njob: \"1003\"\nquestions: []\n")
        #expect(try Self.write(["job": .absent], in: added) == without)
        let out = try Self.write(["job": .absent])
        #expect(out == Self.file.replacingOccurrences(of: "job: \"1001\"          # the Berlin opening\n", with: ""))
    }

    @Test("a block scalar is written on one line; keys the file lacks go after the nearest earlier key")
    func layoutAndInsertion() throws {
        let out = try Self.write(["purpose": .text("Depth."), "evaluateCEFR": .boolean(true)])
        var expected = Self.file.replacingOccurrences(
            of: "purpose: >\n  Check system design depth\n  and communication.\n", with: "purpose: Depth.\n")
        expected = expected.replacingOccurrences(
            of: "emailVerification: false # keep it simple\n",
            with: "emailVerification: false # keep it simple\nevaluateCEFR: true\n")
        #expect(out == expected)
        // CRLF kept; a file without a final newline.
        let crlf = "# head\r\nrole: R\r\nname: X"
        #expect(try Self.write(["name": .text("Y"), "status": .text("inactive")], in: crlf)
            == "# head\r\nrole: R\r\nstatus: inactive\r\nname: Y")
        #expect(try Self.write(["status": .text("inactive")], in: "name: X\nrole: R") == "name: X\nrole: R\nstatus: inactive\n")
        // No key before it: before the first key, after the leading comments.
        #expect(try Self.write(["renamedFrom": .textList(["Old"])], in: "# head\nrole: R\n") == "# head\nrenamedFrom: [Old]\nrole: R\n")
    }

    @Test("a value written with ${...} variables is refused; $${ is a literal and is not")
    func variables() throws {
        let text = "name: X\nrole: ${role}\nskills: [Go, \"${extra}\"]\npurpose: costs $$${5}\n"
        #expect(throws: SettingsBlockWriter.Failure.usesVariables(key: "role", line: 2)) {
            try Self.write(["role": .text("Y")], in: text)
        }
        #expect(throws: SettingsBlockWriter.Failure.usesVariables(key: "skills", line: 3)) {
            try Self.write(["skills": .textList(["Go"])], in: text)
        }
        #expect(try Self.write(["purpose": .text("Free.")], in: text) == "name: X\nrole: ${role}\nskills: [Go, \"${extra}\"]\npurpose: Free.\n")
        #expect(!VarSubstituter.containsPlaceholder("costs $$${5} and $${x}") && VarSubstituter.containsPlaceholder("$$x${y}"))
    }

    @Test("a flow mapping at the top level cannot be rewritten in place")
    func flowMapping() {
        #expect(throws: SettingsBlockWriter.Failure.notBlockMapping) {
            try Self.write(["durationMinutes": .integer(30)], in: "{name: X, role: R, durationMinutes: 20}\n")
        }
    }

    @Test("every changed file reads back with the new values")
    func readsBack() throws {
        let out = try Self.write([
            "durationMinutes": .integer(35), "emailVerification": .boolean(true), "role": .text("It's \"quoted\""),
            "skills": .textList(["Go", "${not a var}"]), "job": .text("1002"), "purpose": .absent,
        ])
        let loaded = SpecLoader.loadProject(files: ["assessments/a.yaml": out])
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let spec = try #require(loaded.assessments.first)
        #expect(spec.durationMinutes.value == 35)
        #expect(spec.emailVerification.value)
        #expect(spec.role.value == "It's \"quoted\"")
        #expect(spec.skills.map(\.value) == ["Go", "${not a var}"])
        #expect(spec.job?.value == "1002")
        #expect(spec.purpose == nil)
    }
}
