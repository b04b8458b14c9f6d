import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TaptalentAPI

@Suite("apply: API field errors mapped back to file:line:col, and approval")
struct ApplyFailureMappingTests {
    static func location(_ line: Int, _ column: Int = 1) -> TaptalentContract.SourceLocation {
        TaptalentContract.SourceLocation(file: "assessments/a.yaml", line: line, column: column)
    }

    static func validationError(_ details: [String: String], method: String = "POST") -> TaptalentError {
        TaptalentError(
            kind: .api(.init(status: 400, code: WireErrorCode.invalidRequest, type: WireErrorType.validation,
                             message: "One or more fields are invalid.", details: details)),
            method: method, path: "/assessment", attempts: 1)
    }

    static let createEntry = AssessmentPlan(
        action: .create, name: "A", filePath: "assessments/a.yaml", location: location(1, 7),
        fieldDiffs: [FieldDiff(field: "name", old: nil, new: .text("A"), location: location(1, 7)),
                     FieldDiff(field: "durationMinutes", old: nil, new: .integer(20), location: location(4, 18))],
        questionChanges: [
            QuestionChange(kind: .create, text: "first question here", from: nil, to: 1, location: location(9, 5)),
            QuestionChange(kind: .create, text: "second question here", from: nil, to: 2, location: location(11, 5)),
        ],
        steps: [.createAssessment(CreateAssessmentStep(
            settings: AssessmentSettings(name: "A", role: "R", purpose: nil, durationMinutes: 20, language: "english",
                                         skills: [], job: nil, emailVerification: false, evaluateCEFR: false, status: .active),
            questions: []))])

    @Test("testName and duration point at name and durationMinutes; questions[1].timeLimit at the second question")
    func createFields() {
        let step = Self.createEntry.steps[0]
        let error = Self.validationError([
            "testName": "\"testName\" length must be at least 3 characters long",
            "duration": "\"duration\" must be less than or equal to 120",
            "questions[1].timeLimit": "\"questions[1].timeLimit\" must be greater than or equal to 30",
        ])
        let diagnostics = FailureLocator.diagnostics(for: error, step: step, in: Self.createEntry)
        let byMessage = Dictionary(uniqueKeysWithValues: diagnostics.map { ($0.message.components(separatedBy: " [").first!, $0.location) })
        #expect(byMessage["\"A\": \"name\" length must be at least 3 characters long"] == Self.location(1, 7))
        #expect(byMessage["\"A\": \"durationMinutes\" must be less than or equal to 120"] == Self.location(4, 18))
        #expect(byMessage["\"A\": \"questions[1].timeLimitSeconds\" must be greater than or equal to 30"] == Self.location(11, 5))
    }

    @Test("messages name the file's keys: jobId is job, questions[1].timeLimit is questions[1].timeLimitSeconds")
    func fileKeysInMessages() {
        var entry = Self.createEntry
        entry.fieldDiffs.append(FieldDiff(field: "job", old: nil, new: .text("9999"), location: Self.location(3, 6)))
        let error = Self.validationError([
            "jobId": "\"jobId\" must reference an existing job",
            "shouldEvaluateCEFR": "\"shouldEvaluateCEFR\" must be a boolean",
            "questions[1].timeLimit": "\"questions[1].timeLimit\" must be greater than or equal to 30",
            "mystery": "\"mystery\" is not allowed",
        ])
        let diagnostics = FailureLocator.diagnostics(for: error, step: entry.steps[0], in: entry)
        let messages = diagnostics.map { $0.message.components(separatedBy: " [").first! }
        #expect(messages == [
            "\"A\": \"job\" must reference an existing job",
            "\"A\": \"mystery\" is not allowed",
            "\"A\": \"questions[1].timeLimitSeconds\" must be greater than or equal to 30",
            "\"A\": \"evaluateCEFR\" must be a boolean",
        ])
        #expect(diagnostics.first?.location == Self.location(3, 6))
    }

    @Test("on a question body, question is the file's text")
    func questionFileKeys() {
        #expect(WireFieldMap.fileKeys(in: "\"question\" length must be at least 10 characters long")
            == "\"text\" length must be at least 10 characters long")
        #expect(WireFieldMap.fileKeys(in: "\"Backend — Senior\" has \"duration\" 5") == "\"Backend — Senior\" has \"durationMinutes\" 5")
    }

    @Test("a field the entry has no place for falls back to the assessment's name")
    func unknownField() {
        let diagnostics = FailureLocator.diagnostics(
            for: Self.validationError(["mystery": "\"mystery\" is not allowed"]), step: Self.createEntry.steps[0], in: Self.createEntry)
        #expect(diagnostics.map(\.location) == [Self.location(1, 7)])
    }

    @Test("details.question on an added question points at that question")
    func addQuestionField() {
        let add = AddQuestionStep(content: QuestionContent(text: "short", timeLimitSeconds: nil, idealAnswer: nil),
                                  order: 2, location: Self.location(14, 5))
        var entry = Self.createEntry
        entry.action = .update
        entry.steps = [.addQuestion(add)]
        let diagnostics = FailureLocator.diagnostics(
            for: Self.validationError(["question": "\"question\" length must be at least 10 characters long"]),
            step: .addQuestion(add), in: entry)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == Self.location(14, 5))
        #expect(diagnostics.first?.message.contains("add question \"short\"") == true)
    }

    @Test("an error without details names the step, at the question or the assessment")
    func noDetails() {
        let error = TaptalentError(kind: .timeout(seconds: 30), method: "PUT", path: "/assessment/x", attempts: 5)
        let update = UpdateQuestionStep(questionId: "q1", text: "new text of the question", location: Self.location(20, 5))
        let diagnostics = FailureLocator.diagnostics(for: error, step: .updateQuestion(update), in: Self.createEntry)
        #expect(diagnostics.first?.location == Self.location(20, 5))
        #expect(diagnostics.first?.message.contains("timed out") == true)
    }

    @Test("the wire field table covers every settings key a create sends")
    func tableCoversCreateBody() throws {
        let body = AssessmentBody(Self.createEntry.steps.compactMap {
            if case .createAssessment(let create) = $0 { create.settings } else { nil }
        }[0], questions: [])
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(body)) as? [String: Any])
        for key in object.keys {
            #expect(WireFieldMap.assessment[key] != nil, "no file key for wire field \(key)")
        }
    }

    @Test("approval: --auto-approve goes ahead, a terminal is asked, no terminal refuses naming --auto-approve")
    func approval() {
        #expect(ConfirmationDecision.forApply(autoApprove: true, interactive: false) == .proceed)
        #expect(ConfirmationDecision.forApply(autoApprove: false, interactive: true) == .ask(ConfirmationDecision.applyQuestion))
        guard case .refuse(let message) = ConfirmationDecision.forApply(autoApprove: false, interactive: false) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(message.contains("--auto-approve"))
        #expect(ConfirmationDecision.isYes("y") && ConfirmationDecision.isYes(" YES "))
        #expect(!ConfirmationDecision.isYes("") && !ConfirmationDecision.isYes(nil) && !ConfirmationDecision.isYes("no") && !ConfirmationDecision.isYes("yess"))
    }
}
