import Foundation
import Testing
@testable import TapformKit
import TapformPlan

@Suite("plan exit codes, saved plans and the job summary")
struct PlanOutputTests {
    static let noChanges = Plan(assessments: [AssessmentPlan(action: .noChange, name: "Same")], identityFingerprint: "f")
    static let changes = Plan(
        assessments: [AssessmentPlan(action: .update, name: "Changed", remoteId: "a1", filePath: "assessments/c.yaml",
                                     fieldDiffs: [FieldDiff(field: "durationMinutes", old: .integer(20), new: .integer(30))],
                                     steps: [.updateSettings(SettingsPatch(durationMinutes: 30))], fingerprint: "1-x")],
        identityFingerprint: "f")
    static let blocked = Plan(
        assessments: [AssessmentPlan(action: .blocked, name: "Refused", errors: [Diagnostic(.error, "needs --allow-destructive")])],
        identityFingerprint: "f")

    @Test("exit codes: 0 without changes, 2 with changes under --detailed-exitcode, 1 for errors and for drift")
    func exitCodes() {
        #expect(PlanExitStatus.of(Self.noChanges, detailedExitCode: false, expectNoChanges: false).code == 0)
        #expect(PlanExitStatus.of(Self.noChanges, detailedExitCode: true, expectNoChanges: true).code == 0)
        #expect(PlanExitStatus.of(Self.changes, detailedExitCode: false, expectNoChanges: false).code == 0)
        #expect(PlanExitStatus.of(Self.changes, detailedExitCode: true, expectNoChanges: false).code == 2)

        let drift = PlanExitStatus.of(Self.changes, detailedExitCode: true, expectNoChanges: true)
        #expect(drift.code == 1)
        #expect(drift.message?.contains("drift") == true)
        #expect(drift.message?.contains("1 to update") == true)

        let blocked = PlanExitStatus.of(Self.blocked, detailedExitCode: false, expectNoChanges: false)
        #expect(blocked.code == 1)
        #expect(blocked.message == nil, "the rendered plan says what is blocked; standard error does not repeat it")
    }

    @Test("a blocked plan says once, in every format, what is blocked and why, and never 'No changes'")
    func blockedSaidOnce() {
        let errors = ["refusing to delete 1 question of \"Protected Screen\": it has protect: true",
                      "refusing to deactivate \"Protected Screen\": it has submissions"]
        let plan = Plan(assessments: [
            AssessmentPlan(action: .blocked, name: "Protected Screen", remoteId: "a1", filePath: "assessments/p.yaml",
                           errors: errors.map { Diagnostic(.error, $0) }),
            AssessmentPlan(action: .noChange, name: "Same"),
        ], identityFingerprint: "f")
        func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
        for format in PlanFormat.allCases where format != .json {
            let presentation = PlanPresentation.make(plan, format: format, color: false)
            for text in [presentation.output, presentation.stepSummary].compactMap({ $0 }) {
                #expect(!text.contains("No changes"), "\(format): \(text)")
                #expect(!text.contains("will perform"), "\(format): \(text)")
                #expect(count("is blocked by 2 errors", in: text) == 1, "\(format): \(text)")
                for error in ["protect: true", "it has submissions"] {
                    #expect(count(error, in: text) == 1, "\(format): \(text)")
                }
            }
        }
        #expect(plan.blockedLine == "\"Protected Screen\" is blocked by 2 errors; nothing can be applied until they "
            + "are fixed: fix the files and run plan again.")
        #expect(Self.changes.blockedLine == nil)
        #expect(Self.changes.verdictLines == [Self.changes.summary.line])
    }

    @Test("a saved plan round-trips, names its environment and never holds the key")
    func savedPlanRoundTrip() throws {
        let key = "sk_test_abcdefghijklmnopqrstuv"
        let saved = SavedPlan(plan: Self.changes, target: PlanTarget(environment: "sandbox", baseURL: "https://sandbox.example/v1/partner"),
                              madeFrom: DesiredState(project: TempProject().project, request: PlanRequest()))
        let data = saved.encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains(key))
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.contains("\"madeFor\""))
        #expect(try SavedPlan.decode(data, name: "plan.json") == saved)
        #expect(try Plan.decode(from: data) == Self.changes, "the file is also a plain plan JSON")
    }

    @Test("a plain plan JSON without madeFor is refused, as is another format version")
    func savedPlanRefusals() throws {
        let plain = Data(JSONRenderer.render(Self.changes).utf8)
        #expect(throws: TapformError.self) { try SavedPlan.decode(plain, name: "plan.json") }
        let future = Data(#"{"schemaVersion": 3, "kind": "plan"}"#.utf8)
        let error = #expect(throws: TapformError.self) { try SavedPlan.decode(future, name: "plan.json") }
        #expect(error?.message.contains("has schemaVersion 3; this tapform reads plans of schemaVersion 2") == true)
        #expect(error?.message.contains("make a new plan with `tapform plan --out plan.json`") == true)
    }

    @Test("targets: local matches by name (the port changes), others by name and URL")
    func targets() {
        let local1 = PlanTarget(environment: "local", baseURL: "http://127.0.0.1:5001/v1/partner")
        let local2 = PlanTarget(environment: "local", baseURL: "http://127.0.0.1:6002/v1/partner")
        let sandbox = PlanTarget(environment: "sandbox", baseURL: "https://sandbox.example/v1/partner")
        let moved = PlanTarget(environment: "sandbox", baseURL: "https://other.example/v1/partner")
        #expect(local1.accepts(local2))
        #expect(!local1.accepts(sandbox))
        #expect(sandbox.accepts(sandbox))
        #expect(!sandbox.accepts(moved))
    }

    @Test("github: annotations and the summary line on stdout; the Markdown appended to the job summary")
    func githubFormat() throws {
        let presentation = PlanPresentation.make(Self.changes, format: .github, color: false)
        #expect(presentation.output.hasSuffix(Self.changes.summary.line + "\n"))
        #expect(presentation.output.contains("::notice"))
        let markdown = try #require(presentation.stepSummary)

        let root = try TempProject().write()
        defer { TempProject.remove(root) }
        let path = root.appendingPathComponent("summary.md").path
        try Data("# earlier step\n".utf8).write(to: URL(fileURLWithPath: path))
        try PlanPresentation.appendStepSummary(markdown, toFileAt: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("# earlier step\n"))
        #expect(written.contains(markdown))
        #expect(PlanPresentation.make(Self.changes, format: .json, color: false).stepSummary == nil)
    }
}
