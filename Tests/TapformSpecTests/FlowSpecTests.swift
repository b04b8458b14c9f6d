import Foundation
import Testing
@testable import TapformSpec

@Suite struct FlowSpecTests {
    static let assessment = "name: Support quiz\nrole: Engineer\n"

    static func load(_ flow: String, extra: [String: String] = [:]) -> ProjectSpecResult {
        SpecLoader.loadProject(files: ["assessments/quiz.yaml": assessment, "flows/f.yaml": flow].merging(extra) { $1 })
    }

    static func lines(_ result: ProjectSpecResult) -> [String] {
        result.diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" + ($0.hint.map { " (\($0))" } ?? "") }
    }

    @Test func aValidFlowIsRead() throws {
        let result = Self.load("""
            name: Support hiring
            description: Quiz, then the interview.
            steps:
              - assessment: Support quiz
                passThreshold: 62.5
                name: Quiz
                instructions: Ten minutes.
                passAction: Go on to the interview.

            """)
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
        let flow = try #require(result.flows.first)
        #expect(flow.name.value == "Support hiring")
        #expect(flow.status.value == .active && flow.status.isDefault)
        #expect(flow.steps.map(\.passThreshold.value) == [62.5])
        #expect(flow.steps.first?.location.line == 4)
        #expect(flow.steps.first?.passThreshold.location.line == 5)
        #expect(result.flowFiles == ["flows/f.yaml"])
        #expect(result.assessments.count == 1, "a flow file is never read as an assessment")
    }

    @Test func everyProblemAtItsLineAndColumn() {
        let result = Self.load("""
            name: Support hiring
            stps: []
            steps:
              - assessment: Support quiz
                passThreshold: 101
              - assessment: Supprt quiz
                passThreshold: "70"
                name: Second
                pasAction: next
              - passThreshold: -1

            """)
        #expect(Self.lines(result) == [
            "flows/f.yaml:2:1: error: unknown key \"stps\" (did you mean \"steps\"?)",
            "flows/f.yaml:5:20: error: step 1: \"passThreshold\" must be between 0 and 100, found 101",
            "flows/f.yaml:7:20: error: step 2: \"passThreshold\" must be a number, found a string (remove the quotes)",
            "flows/f.yaml:9:5: error: unknown key \"pasAction\" in \"steps\" item 2 (did you mean \"passAction\"?)",
            "flows/f.yaml:10:5: error: step 3 has no \"assessment\"",
            "flows/f.yaml:10:20: error: step 3: \"passThreshold\" must be between 0 and 100, found -1",
        ], "\(Self.lines(result))")
        #expect(result.flows.isEmpty)
    }

    @Test func missingStepsNoStepsAndTwoFlowsWithOneName() {
        #expect(Self.lines(Self.load("name: Support hiring\n")) == ["flows/f.yaml:1:1: error: missing required key \"steps\""])
        #expect(Self.lines(Self.load("name: Support hiring\nsteps: []\n")) == [
            "flows/f.yaml:2:1: error: \"steps\" must hold at least one step",
        ])
        let step = "steps:\n  - assessment: Support quiz\n    passThreshold: 50\n"
        let twice = Self.load("name: Hiring flow\n" + step, extra: ["flows/g.yaml": "name: Hiring flow\n" + step])
        #expect(Self.lines(twice) == ["flows/g.yaml:1:7: error: flow name \"Hiring flow\" is also used by flows/f.yaml:1:7 (names identify flows; each file needs its own)"])
    }

    @Test func anAssessmentOnlyInTheAccountIsAWarningWithoutSuggestion() {
        let result = Self.load("name: Hiring flow\nsteps:\n  - assessment: Remote screen\n    passThreshold: 50\n")
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.code) == [.unknownAssessment])
        #expect(result.diagnostics.first?.hint == "plan looks for it in the account; add its file to manage it here")
        #expect(result.flows.count == 1)
    }

    @Test func theFlowSchemaFollowsTheKeyTable() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(SchemaGenerator.schema(kind: .flow).utf8)) as? [String: Any])
        #expect(schema["required"] as? [String] == ["name", "steps"])
        let properties = try #require(schema["properties"] as? [String: Any])
        let steps = try #require(properties["steps"] as? [String: Any])
        #expect(steps["minItems"] as? Int == 1)
        let item = try #require(steps["items"] as? [String: Any])
        #expect(item["required"] as? [String] == ["assessment", "passThreshold"])
        let threshold = try #require((item["properties"] as? [String: Any])?["passThreshold"] as? [String: Any])
        #expect(threshold["type"] as? String == "number")
        #expect(threshold["maximum"] as? Double == 100)
    }
}

extension FlowSpecTests {
    @Test func aStepMayPinItsAssessmentById() throws {
        let result = Self.load("name: Hiring flow\nsteps:\n  - assessment: Remote screen\n    assessmentId: 42\n    passThreshold: 50\n")
        #expect(result.diagnostics.isEmpty, "a pinned step is not looked for by name: \(Self.lines(result))")
        let step = try #require(result.flows.first?.steps.first)
        #expect(step.assessmentId?.value == "42" && step.assessmentId?.location.line == 4)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(SchemaGenerator.schema(kind: .flow).utf8)) as? [String: Any])
        let item = try #require(((schema["properties"] as? [String: Any])?["steps"] as? [String: Any])?["items"] as? [String: Any])
        #expect((item["properties"] as? [String: Any])?["assessmentId"] != nil)
    }
}
