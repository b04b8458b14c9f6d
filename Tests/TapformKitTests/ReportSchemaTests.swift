import Foundation
import SchemaChecking
import Testing
@testable import TapformKit
import TapformInvite
import TapformPlan
import TapformSpec
import TaptalentContract

/// The published report schemas: the files in schemas/ are the declared ones, every report kind is
/// accepted by its schema with every object closed, and the schemas reject reports that are wrong.
@Suite("report schemas")
struct ReportSchemaTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    static func checker(_ kind: ReportKind) throws -> SchemaChecker {
        SchemaChecker(root: ReportSchemas.object(kind), closed: true)
    }

    static func violations<Report: JSONReport>(_ report: Report) throws -> [String] {
        try checker(Report.kind).violations(ofJSON: ReportRendering.json(report))
    }

    @Test("schemas/<kind>.schema.json is exactly what the declaration generates, for every kind",
          arguments: ReportKind.allCases)
    func publishedFilesMatch(kind: ReportKind) throws {
        let file = Self.root.appendingPathComponent(kind.schemaPath)
        let published = try String(contentsOf: file, encoding: .utf8)
        #expect(published == ReportSchemas.text(kind),
                "\(kind.schemaPath) is out of date: run `swift run tapform schema --kind \(kind.rawValue) > \(kind.schemaPath)`")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(published.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let version = (object["properties"] as? [String: Any])?["schemaVersion"] as? [String: Any]
        #expect(version?["const"] as? Int == kind.schemaVersion)
    }

    @Test("the golden plan (every action, typed values of every kind, every step kind) matches the plan schema")
    func goldenPlan() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/TapformPlanTests/Golden/plan.json"), encoding: .utf8)
        #expect(try Self.checker(.plan).violations(ofJSON: text) == [])
        #expect(ReportKind.plan.rawValue == Plan.kind && ReportKind.plan.schemaVersion == Plan.currentSchemaVersion)
        let plan = try Plan.decode(from: Data(text.utf8))
        let values = plan.assessments.flatMap { $0.fieldDiffs + $0.questionChanges.flatMap(\.fieldDiffs) }.compactMap(\.new)
        #expect(values.contains { if case .integer = $0 { true } else { false } })
        #expect(values.contains { if case .list = $0 { true } else { false } })
        #expect(values.contains { if case .boolean = $0 { true } else { false } })
        #expect(values.contains { if case .text = $0 { true } else { false } })
    }

    @Test("a saved plan file matches the plan schema")
    func savedPlan() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/TapformPlanTests/Golden/plan.json"), encoding: .utf8)
        let plan = try Plan.decode(from: Data(text.utf8))
        let saved = SavedPlan(plan: plan, target: PlanTarget(environment: "production", baseURL: "https://partner-api.taptalent.io/v1/partner"),
                              madeFrom: DesiredState(project: TempProject().project, request: PlanRequest()))
        #expect(try Self.checker(.plan).violations(ofJSON: String(decoding: saved.encoded(), as: UTF8.self)) == [])
    }

    @Test("wrong plans are rejected: a display string for a number, a missing kind, a key the schema does not declare")
    func rejectsWrongPlans() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/TapformPlanTests/Golden/plan.json"), encoding: .utf8)
        let checker = try Self.checker(.plan)
        func mutated(_ change: (inout [String: Any]) -> Void) throws -> [String] {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            change(&object)
            return checker.violations(of: object)
        }
        // The display strings of schema version 1: `"new": "35"`.
        let displayString = try mutated { object in
            var assessments = object["assessments"] as! [[String: Any]]
            let index = assessments.firstIndex { ($0["fieldDiffs"] as! [[String: Any]]).contains { $0["field"] as? String == "durationMinutes" } }!
            var diffs = assessments[index]["fieldDiffs"] as! [[String: Any]]
            let diff = diffs.firstIndex { $0["field"] as? String == "durationMinutes" }!
            diffs[diff]["new"] = "35"
            assessments[index]["fieldDiffs"] = diffs
            object["assessments"] = assessments
        }
        #expect(displayString.contains { $0.contains("fieldDiffs") && $0.contains("matches none") }, "\(displayString)")
        #expect(try mutated { $0["kind"] = nil }.contains("$: missing required \"kind\""))
        #expect(try mutated { $0["formatVersion"] = 1 }.contains("$.formatVersion: key not allowed"))
        #expect(try mutated { $0["schemaVersion"] = 1 }.contains { $0.hasPrefix("$.schemaVersion: 1 is not 2") })
        let open = SchemaChecker(root: ReportSchemas.object(.plan))
        #expect(try open.violations(ofJSON: text.replacingOccurrences(of: "\"summary\" : {", with: "\"extra\" : 1, \"summary\" : {")) == [],
                "the published schema lets a newer tapform add keys")
    }

    @Test("an apply report with done, failed, conflicting, partial and not-started assessments matches its schema")
    func applyReport() throws {
        func outcome(_ name: String, _ result: AssessmentOutcome.Result, done: Int) -> AssessmentOutcome {
            AssessmentOutcome(action: .update, name: name, remoteId: "a-\(name)", stepsDone: done, stepsPlanned: 3,
                              questionChanges: 2, result: result, recovered: false)
        }
        let failure = ApplyFailure(summary: "PUT /assessment/a-2: 400 durationMinutes must be at most 120", diagnostics: [
            Diagnostic(.error, "durationMinutes must be at most 120", at: TaptalentContract.SourceLocation(file: "assessments/b.yaml", line: 4, column: 18)),
            Diagnostic(.error, "the request failed"),
        ])
        var created = outcome("created", .done, done: 1)
        created.action = .create
        created.recovered = true
        let report = ApplyReport(outcomes: [
            created, outcome("failed", .failed(failure), done: 1), outcome("conflict", .conflict("another run created it (a-9)"), done: 0),
            outcome("partial", .interrupted, done: 2), outcome("waiting", .interrupted, done: 0),
        ])
        let text = try String(contentsOf: Self.root.appendingPathComponent("Tests/TapformPlanTests/Golden/plan.json"), encoding: .utf8)
        let document = ApplyDocument(plan: try Plan.decode(from: Data(text.utf8)), report: report, interrupted: .terminate)
        #expect(try Self.violations(document) == [])
        let json = ReportRendering.json(document)
        #expect(json.contains("\"result\" : \"partial\"") && json.contains("\"result\" : \"not-started\""))
        #expect(json.contains("\"interrupted\" : \"SIGTERM\"") && json.contains("\"success\" : false"))
        #expect(try Self.violations(ApplyDocument(plan: nil, report: ApplyReport(outcomes: []))) == [])
        let wrong = json.replacingOccurrences(of: "\"result\" : \"partial\"", with: "\"result\" : \"half\"")
        #expect(try Self.checker(.apply).violations(ofJSON: wrong).contains { $0.contains("\"half\"") || $0.contains("half is not one of") })
    }

    /// An assessment file; `durationMinutes` (line 3) out of range makes it invalid.
    static func file(_ name: String, durationMinutes: Int? = nil) -> String {
        AssessmentYAML(name: name, durationMinutes: durationMinutes,
                       questions: [.init(text: "Tell me about a production incident you owned end to end.")]).text
    }

    @Test("validate counts the files it checked, not only those with problems")
    func validateReport() throws {
        let project = TempProject([
            "assessments/a.yaml": Self.file("Alpha"), "assessments/b.yaml": Self.file("Bravo", durationMinutes: 999),
            "assessments/c.yaml": Self.file("Charlie"),
        ]).project
        let report = ValidateReport(project: project, filter: AssessmentFilter())
        #expect(report.summary.filesChecked == 3 && report.summary.filesWithProblems == 1 && report.summary.errors == 1)
        #expect(try Self.violations(report) == [])
        let clean = ValidateReport(project: TempProject(["assessments/a.yaml": Self.file("Alpha")]).project,
                                   filter: AssessmentFilter())
        #expect(clean.summary.filesChecked == 1, "the bug: a clean run reported \"files\": 0")
        let wrong = ReportRendering.json(report).replacingOccurrences(of: "\"filesChecked\"", with: "\"files\"")
        #expect(try Self.checker(.validate).violations(ofJSON: wrong).contains("$.summary: missing required \"filesChecked\""))
    }

    @Test("import, doctor, invite and error reports match their schemas")
    func otherReports() throws {
        var imported = ImportReport(environment: "production")
        imported.written = [.init(name: "A", remoteId: "1", file: "assessments/a.yaml", questionCount: 3, inactive: false,
                                  pinnedId: true, overwritten: false)]
        imported.skipped = [.init(name: "B", remoteId: "2", reason: "already in the project", isFailure: false)]
        imported.notFound = ["C"]
        imported.notes = ["a note"]
        #expect(try Self.violations(imported) == [])

        let doctor = DoctorReport(checks: [
            .passed("tapform.yaml is valid"), .failed("the API key was refused (401)", "check TAPTALENT_API_KEY", details: ["x"]),
            .skipped("GET /jobs", "the key was refused"),
        ])
        #expect(try Self.violations(doctor) == [])
        #expect(ReportRendering.json(doctor).contains("\"failed\" : 1"))

        var census = InviteCensus()
        census.rows = 3
        census.toSend = 1
        census.invalidCount = 1
        census.invalid = [InvalidRow(line: 3, fields: ["bad"], problem: .emailMissing)]
        census.duplicateCount = 1
        census.duplicates = [DuplicateRow(line: 4, firstLine: 2, email: "a@example.com")]
        census.unresolved = [InviteRowRef(line: 5, email: "u@example.com")]
        census.ignoredColumns = ["Phone"]
        let target = LocatedAssessment(id: "42", name: "Screen", isActive: true)
        var sent = InviteDocument(mode: .send, assessment: target, environment: "production", masker: EmailMasker(isEnabled: true),
                                  csv: "people.csv", ledger: ".tapform/invites/42.jsonl", census: census, needsAttention: true)
        var report = InviteReport(ledgerPath: ".tapform/invites/42.jsonl")
        report.summary.sent = 1
        report.failed = [InviteRowProblem(line: 2, email: "f@example.com", reason: "400 invalid email")]
        report.unknown = [InviteRowProblem(line: 6, email: "t@example.com", reason: "timed out")]
        report.interrupted = .interrupt
        report.failedOutRows = 2
        sent.report = report
        #expect(try Self.violations(sent) == [])
        #expect(!ReportRendering.json(sent).contains("f@example.com"), "emails go through the masker")
        var dry = InviteDocument(mode: .dryRun, assessment: target, environment: "local", masker: EmailMasker(isEnabled: false),
                                 csv: "people.csv", ledger: "l.jsonl", census: InviteCensus(), needsAttention: false)
        dry.wouldInvite = [InviteRowRef(line: 2, email: "a@example.com")]
        #expect(try Self.violations(dry) == [])
        var settle = InviteDocument(mode: .settle, assessment: target, environment: "local", masker: EmailMasker(isEnabled: false),
                                    needsAttention: false)
        settle.settled = ["recorded a@example.com as sent"]
        #expect(try Self.violations(settle) == [])

        let invalid = TempProject(["assessments/b.yaml": Self.file("Bravo", durationMinutes: 999)]).project
        let error = try #require(throws: InvalidFilesError.self) { try invalid.requireValid() }
        let document = ErrorReport(command: "plan", exitCode: 1, error: error, message: "\(error)")
        #expect(document.diagnostics.map(\.line) == [3])
        #expect(try Self.violations(document) == [])
        #expect(try Self.violations(ErrorReport(command: nil, exitCode: 64, message: "Error: unknown option")) == [])
    }
}
