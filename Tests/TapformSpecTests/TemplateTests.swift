import Testing
@testable import TapformSpec

@Suite struct TemplateTests {
    static func load(_ files: [String: String]) -> ProjectSpecResult { SpecLoader.loadProject(files: files) }

    static func questions(_ result: ProjectSpecResult) -> [String] {
        result.assessments.first?.questions?.map(\.text.value) ?? []
    }

    static let qA = "- text: Template A question one?\n"
    static let qB = "- text: Template B question one?\n"

    @Test func mapsMergeDeeplyAndTheFileWins() throws {
        let result = Self.load([
            "templates/base.yaml": "role: Base Role\ndurationMinutes: 30\nvars: {a: from-template, b: kept}\ngenerate: {count: 7}\n",
            "assessments/x.yaml": "name: Merge Screen\nextends: base\ndurationMinutes: 45\nvars: {a: from-file}\npurpose: ${a} ${b}\ngenerate: {}\n",
        ])
        #expect(result.diagnostics == [])
        let spec = try #require(result.assessments.first)
        #expect(spec.role.value == "Base Role")
        #expect(spec.durationMinutes.value == 45)
        #expect(spec.purpose?.value == "from-file kept")
        #expect(spec.vars == ["a": "from-file", "b": "kept"])
        #expect(spec.generate?.count.value == 7)
        #expect(spec.questions == nil)
    }

    @Test func listsReplace() throws {
        let result = Self.load([
            "templates/base.yaml": "role: Base Role\nskills: [Go, SQL]\nquestions:\n  \(Self.qA)",
            "assessments/x.yaml": "name: Replace Screen\nextends: base\nskills: [Rust]\nquestions:\n  - text: The file's own question?\n",
        ])
        #expect(result.diagnostics == [])
        #expect(result.assessments.first?.skills.map(\.value) == ["Rust"])
        #expect(Self.questions(result) == ["The file's own question?"])
    }

    @Test func appendAndPrependKeepTheTemplateQuestions() {
        let result = Self.load([
            "templates/base.yaml": "role: Base Role\nquestions:\n  \(Self.qA)",
            "assessments/x.yaml": """
                name: Append Screen
                extends: base
                questions:
                  append:
                    - text: Appended question here?
                  prepend:
                    - text: Prepended question here?

                """,
        ])
        #expect(result.diagnostics == [])
        #expect(Self.questions(result) == ["Prepended question here?", "Template A question one?", "Appended question here?"])
    }

    @Test func multipleExtendsApplyInOrderLaterWinning() throws {
        let result = Self.load([
            "templates/a.yaml": "role: Role A\ndurationMinutes: 30\nquestions:\n  \(Self.qA)",
            "templates/b.yaml": "role: Role B\nquestions:\n  append:\n    \(Self.qB)",
            "assessments/x.yaml": "name: Order Screen\nextends: [a, b]\n",
        ])
        #expect(result.diagnostics == [])
        let spec = try #require(result.assessments.first)
        #expect(spec.role.value == "Role B")
        #expect(spec.durationMinutes.value == 30)
        #expect(Self.questions(result) == ["Template A question one?", "Template B question one?"])
        let reversed = Self.load([
            "templates/a.yaml": "role: Role A\nquestions:\n  \(Self.qA)",
            "templates/b.yaml": "role: Role B\nquestions:\n  \(Self.qB)",
            "assessments/x.yaml": "name: Order Screen\nextends: [b, a]\n",
        ])
        #expect(reversed.assessments.first?.role.value == "Role A")
        #expect(Self.questions(reversed) == ["Template A question one?"])
    }

    @Test func nestedTemplatesInSubfolders() throws {
        let result = Self.load([
            "templates/common/behavioural.yaml": "questions:\n  \(Self.qA)",
            "templates/roles/backend.yaml": "extends: common/behavioural\nrole: Backend\nquestions:\n  append:\n    \(Self.qB)",
            "assessments/x.yaml": "name: Nested Screen\nextends: roles/backend\nquestions: {append: [{text: The file's own question?}]}\n",
        ])
        #expect(result.diagnostics == [])
        #expect(result.templates == ["common/behavioural", "roles/backend"])
        #expect(Self.questions(result) == ["Template A question one?", "Template B question one?", "The file's own question?"])
        #expect(result.assessments.first?.extends.map(\.value) == ["roles/backend"])
    }

    @Test func generateInTheFileDropsTemplateQuestionsAndViceVersa() throws {
        let generated = Self.load([
            "templates/base.yaml": "role: Base Role\nquestions:\n  \(Self.qA)",
            "assessments/x.yaml": "name: Generated Screen\nextends: base\ngenerate: {count: 3}\n",
        ])
        #expect(generated.diagnostics == [])
        #expect(generated.assessments.first?.questions == nil)
        #expect(generated.assessments.first?.generate?.count.value == 3)
        let written = Self.load([
            "templates/base.yaml": "role: Base Role\ngenerate: {count: 3}\n",
            "assessments/x.yaml": "name: Written Screen\nextends: base\nquestions:\n  \(Self.qA)",
        ])
        #expect(written.diagnostics == [])
        #expect(written.assessments.first?.generate == nil)
    }

    @Test func cyclesNameTheWholeCycle() {
        let selfCycle = Self.load([
            "templates/loop.yaml": "extends: loop\n",
            "assessments/x.yaml": "name: Loop Screen\nrole: R1\nextends: loop\n",
        ])
        #expect(selfCycle.diagnostics.map(\.message) == ["template cycle: loop -> loop"])
        #expect(selfCycle.assessments.isEmpty)
    }

    @Test func templateProblemsAreReportedOnceInTheTemplate() {
        let result = Self.load([
            "templates/base.yaml": "role: Base Role\ndurationMinuts: 30\ndurationMinutes: 500\n",
            "assessments/x.yaml": "name: First Screen\nextends: base\n",
            "assessments/y.yaml": "name: Second Screen\nextends: base\n",
            "templates/unused.yaml": "colour: red\n",
        ])
        #expect(result.diagnostics.map(\.code) == [.unknownKey, .outOfRange, .unknownKey])
        #expect(result.diagnostics.map(\.file) == ["templates/base.yaml", "templates/base.yaml", "templates/unused.yaml"])
    }

    @Test func aTemplateMayNotBeNamedWithAPathOutside() {
        for name in ["../x", "/etc/x", "a/../../x", "~/x"] {
            let result = Self.load(["assessments/x.yaml": "name: Escape Screen\nrole: R1\nextends: \"\(name)\"\n"])
            #expect(result.diagnostics.map(\.code) == [.pathEscape], "\(name)")
        }
    }
}

@Suite struct VarTests {
    static func load(_ text: String, template: String? = nil) -> ProjectSpecResult {
        var files = ["assessments/x.yaml": text]
        if let template { files["templates/t.yaml"] = template }
        return SpecLoader.loadProject(files: files)
    }

    @Test func fileVarsWinOverTemplateVars() {
        let result = Self.load("name: Vars ${x} Screen\nrole: Engineer\nextends: t\nvars: {x: file}\n",
                               template: "vars: {x: template, y: only-template}\npurpose: ${x} and ${y}\n")
        #expect(result.diagnostics == [])
        #expect(result.assessments.first?.name.value == "Vars file Screen")
        #expect(result.assessments.first?.purpose?.value == "file and only-template")
    }

    @Test func dollarDollarBraceIsALiteral() {
        let result = Self.load("name: Cost $${price} and $$ and $x Screen\nrole: Engineer\n")
        #expect(result.diagnostics == [])
        #expect(result.assessments.first?.name.value == "Cost ${price} and $$ and $x Screen")
    }

    @Test func valuesAreNotExpandedTwice() {
        let result = Self.load("name: A ${v} Screen\nrole: Engineer\nvars: {v: \"${w}\", w: never}\n")
        #expect(result.assessments.first?.name.value == "A ${w} Screen")
        #expect(result.diagnostics.map(\.code) == [.unusedVar])
    }

    @Test func substitutedPlainScalarsAreTypedAfterwards() throws {
        let result = Self.load("name: Typed Screen\nrole: Engineer\nvars: {minutes: 45, verify: true}\ndurationMinutes: ${minutes}\nemailVerification: ${verify}\n")
        #expect(result.diagnostics == [])
        let spec = try #require(result.assessments.first)
        #expect(spec.durationMinutes.value == 45)
        #expect(spec.emailVerification.value)
        let quoted = Self.load("name: Typed Screen\nrole: Engineer\nvars: {minutes: 45}\ndurationMinutes: \"${minutes}\"\n")
        #expect(quoted.diagnostics.map(\.code) == [.wrongType])
    }

    @Test func unknownVarsInTemplatesPointAtTheTemplate() {
        let result = Self.load("name: Missing Var Screen\nrole: Engineer\nextends: t\n",
                               template: "purpose: Uses ${stack}\n")
        #expect(result.diagnostics.map(\.code) == [.unknownVar])
        #expect(result.diagnostics.first?.file == "templates/t.yaml")
        #expect(result.diagnostics.first?.hint == "define it under \"vars\"")
    }

    @Test func varsMustBeScalars() {
        let result = Self.load("name: Bad Vars Screen\nrole: Engineer\nvars: {list: [a], nothing: null}\n")
        #expect(result.diagnostics.map(\.code) == [.wrongType, .wrongType])
    }
}
