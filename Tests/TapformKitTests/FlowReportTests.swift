import Foundation
import Testing
@testable import TapformKit
import TapformInvite
import TapformPlan
import TapformSpec
import TaptalentAPI
import TaptalentContract

/// Flows in the machine-readable outputs: the plan's `flows` (every shape, closed schema), GitHub
/// annotations for flow files, the import report's flow files and `results --flow --format json`.
@Suite("flow reports")
struct FlowReportTests {
    static func at(_ file: String, _ line: Int, _ column: Int = 5) -> TaptalentContract.SourceLocation {
        TaptalentContract.SourceLocation(file: "flows/\(file)", line: line, column: column)
    }

    static func step(_ assessment: String, _ threshold: Double, _ file: String, line: Int) -> DesiredFlowStep {
        DesiredFlowStep(assessment: assessment, passThreshold: threshold, location: at(file, line),
                        thresholdLocation: at(file, line + 1, 20))
    }

    static func flow(_ name: String, _ file: String, description: String? = nil, status: AssessmentStatus = .active,
                     _ steps: [DesiredFlowStep]) -> DesiredFlow {
        DesiredFlow(name: name, description: description, status: status, steps: steps, filePath: "flows/\(file)",
                    locations: [.name: at(file, 1, 7), .steps: at(file, 3, 1), .description: at(file, 2, 14), .status: at(file, 2, 9)])
    }

    /// A create (one step by a new assessment), an update (description cleared, deactivated, a threshold
    /// changed, a step appended), a refused step and a `--replace`.
    static let flows: [FlowPlan] = {
        let remote = [
            RemoteFlow(id: "11", name: "Update me", description: "Old words.", status: .active,
                       steps: [RemoteFlowStep(assessmentId: "a", passThreshold: 60)]),
            RemoteFlow(id: "12", name: "Refuse me", description: nil, status: .active,
                       steps: [RemoteFlowStep(assessmentId: "a", passThreshold: 60), RemoteFlowStep(assessmentId: "b", passThreshold: 70)]),
            RemoteFlow(id: "13", name: "Replace me", description: nil, status: .active,
                       steps: [RemoteFlowStep(assessmentId: "a", passThreshold: 60), RemoteFlowStep(assessmentId: "b", passThreshold: 70)]),
        ]
        let desired = [
            flow("Create me", "a.yaml", description: "New.", [step("Quiz", 50, "a.yaml", line: 4), step("New screen", 72.5, "a.yaml", line: 6)]),
            flow("Update me", "b.yaml", status: .inactive, [step("Quiz", 65, "b.yaml", line: 4), step("Voice", 70, "b.yaml", line: 6)]),
            flow("Refuse me", "c.yaml", [step("Voice", 70, "c.yaml", line: 4)]),
            flow("Replace me", "d.yaml", [step("Voice", 70, "d.yaml", line: 4), step("Quiz", 60, "d.yaml", line: 6)]),
        ]
        let refs = ["Quiz": FlowAssessmentRef(name: "Quiz", id: "a"), "Voice": FlowAssessmentRef(name: "Voice", id: "b"),
                    "New screen": FlowAssessmentRef(name: "New screen", id: nil)]
        return FlowPlanner.plan(FlowPlanner.Input(desired: desired, remote: remote, assessments: refs, replace: ["Replace me"]))
    }()

    static let plan = Plan(assessments: [], identityFingerprint: "0123", flows: flows)

    @Test("a plan with flows of every shape matches the plan schema with every object closed, and reads back equal")
    func planSchema() throws {
        #expect(Self.flows.map(\.action) == [.create, .deactivate, .blocked, .create])
        let steps = Self.flows.flatMap(\.steps)
        #expect(Set(steps.map(\.kind)) == Set(FlowPlanStep.Kind.allCases))
        #expect(Set(Self.flows.flatMap(\.stepChanges).map(\.kind)) == [.create, .update, .refused, .delete])
        let json = JSONRenderer.render(Self.plan)
        #expect(try ReportSchemaTests.checker(.plan).violations(ofJSON: json) == [])
        #expect(json.contains("\"kind\" : \"updateFlow\""), "a flow step is an object with a kind, like an assessment step")
        #expect(try Plan.decode(from: Data(json.utf8)) == Self.plan)
    }

    @Test("the plan schema rejects flows that are wrong: a display string for a threshold, an undeclared key, a step without kind")
    func planSchemaRejects() throws {
        let json = JSONRenderer.render(Self.plan)
        let checker = try ReportSchemaTests.checker(.plan)
        func mutated(_ change: (inout [String: Any]) -> Void) throws -> [String] {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            var flows = object["flows"] as! [[String: Any]]
            change(&flows[1])
            object["flows"] = flows
            return checker.violations(of: object)
        }
        #expect(!(try mutated { flow in
            var changes = flow["stepChanges"] as! [[String: Any]]
            var diffs = changes[0]["fieldDiffs"] as! [[String: Any]]
            diffs[0]["new"] = "65"
            changes[0]["fieldDiffs"] = diffs
            flow["stepChanges"] = changes
        }).isEmpty)
        #expect(!(try mutated { $0["candidates"] = 3 }).isEmpty)
        #expect(!(try mutated { flow in
            var steps = flow["steps"] as! [[String: Any]]
            steps[0]["kind"] = nil
            flow["steps"] = steps
        }).isEmpty)
    }

    @Test("a plan saved before flow steps had a kind still reads")
    func earlierStepShape() throws {
        let json = JSONRenderer.render(Self.plan)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var flows = object["flows"] as! [[String: Any]]
        for index in flows.indices {
            flows[index]["steps"] = (flows[index]["steps"] as! [[String: Any]]).map { step -> [String: Any] in
                var payload = step
                let kind = payload.removeValue(forKey: "kind") as! String
                return [kind: ["_0": payload]]
            }
        }
        object["flows"] = flows
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(try Plan.decode(from: data) == Self.plan)
    }

    @Test("plan --format github annotates flow errors at file:line:col and notes each flow change at its line")
    func githubAnnotations() {
        let annotations = GitHubPlanRenderer.render(Self.plan).annotations
        let lines = annotations.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=flows/c.yaml,line=4,col=5,title=tapform plan::step 1 is \"Quiz\" in the account and \"Voice\" in the file") },
                "\(annotations)")
        #expect(lines.contains { $0.hasPrefix("::error file=flows/c.yaml,line=3,col=1,title=tapform plan::step 2 (\"Voice\") was removed") },
                "\(annotations)")
        #expect(lines.contains("::warning file=flows/d.yaml,line=1,col=7,title=tapform plan::--replace: flow 13 is deactivated and renamed "
            + "\"[replaced 13] Replace me\", then a new flow \"Replace me\" is created with the file's steps; candidates already in the old "
            + "flow stay there"), "\(annotations)")
        #expect(lines.contains("::notice file=flows/a.yaml,line=1,col=7,title=tapform plan::flow \"Create me\" will be created"), "\(annotations)")
        #expect(lines.contains("::notice file=flows/b.yaml,line=5,col=20,title=tapform plan::flow \"Update me\": step [1] \"Quiz\": "
            + "passThreshold 60 → 65"), "\(annotations)")
        #expect(lines.contains("::notice file=flows/b.yaml,line=6,col=5,title=tapform plan::flow \"Update me\": step [2] \"Voice\" "
            + "will be appended: passThreshold 70"), "\(annotations)")
        #expect(lines.contains("::notice file=flows/b.yaml,line=2,col=9,title=tapform plan::flow \"Update me\": status active → inactive"),
                "\(annotations)")
    }

    @Test("validate --format github annotates flow files at file:line:col; the summary counts them; --only selects flows by name")
    func validateFlows() throws {
        let flow = "name: Hiring\nsteps:\n  - assessment: Quiz\n    passThreshold: 101\n"
        let other = "name: Other\nsteps:\n  - assessment: Quiz\n    passThreshold: 50\n    nam: x\n"
        let project = TempProject([
            "assessments/q.yaml": ReportSchemaTests.file("Quiz"), "flows/hiring.yaml": flow, "flows/other.yaml": other,
        ]).project
        let report = ValidateReport(project: project, filter: AssessmentFilter())
        #expect(DiagnosticRenderer.github(report.diagnostics).split(separator: "\n").map(String.init) == [
            "::error file=flows/hiring.yaml,line=4,col=20,title=out-of-range::step 1: \"passThreshold\" must be between 0 and 100, found 101",
            "::error file=flows/other.yaml,line=5,col=5,title=unknown-key::unknown key \"nam\" in \"steps\" item 1%0Ahint: did you mean \"name\"?",
        ])
        #expect(report.summary.flowFilesChecked == 2 && report.summary.filesChecked == 1)
        #expect(report.summaryLine == "1 assessment file and 2 flow files checked: 2 errors and 0 warnings in 2 files")
        #expect(try ReportSchemaTests.violations(report) == [])

        let valid = TempProject(["assessments/q.yaml": ReportSchemaTests.file("Quiz"),
                                 "flows/a.yaml": "name: Alpha\nsteps:\n  - assessment: Nope\n    passThreshold: 1\n",
                                 "flows/b.yaml": "name: Bravo\nsteps:\n  - assessment: Nada\n    passThreshold: 1\n"]).project
        let only = ValidateReport(project: valid, filter: AssessmentFilter(only: ["Bravo"]))
        #expect(only.diagnostics.map(\.file) == ["flows/b.yaml"], "the warning of the flow --only leaves out is dropped")
        #expect(only.flowFilesChecked == 1 && only.filesChecked == 0)
        #expect(AssessmentFilter(only: ["Bravo"]).unmatchedOnlyPatterns(in: valid.spec.flows.map(\.name.value)).isEmpty)
    }

    @Test("the import report lists the flow files and the flows skipped, and matches its schema")
    func importReport() throws {
        var report = ImportReport(environment: "production")
        report.written = [.init(name: "A", remoteId: "1", file: "assessments/a.yaml", questionCount: 3, inactive: false,
                                pinnedId: false, overwritten: false)]
        report.flowsWritten = [.init(name: "Hiring", remoteId: "7", file: "flows/hiring.yaml", stepCount: 2, inactive: true,
                                     pinnedId: true, pinnedSteps: [2], overwritten: false)]
        report.flowsSkipped = [.init(name: "Other", remoteId: "8", reason: "the file would not plan clean", isFailure: true),
                               .init(name: "Kept", remoteId: "9", reason: "flows/kept.yaml exists; --force overwrites it", isFailure: false)]
        #expect(try ReportSchemaTests.violations(report) == [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ReportRendering.json(report).utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["written": 2, "skipped": 1, "failed": 1])
        #expect(((object["flows"] as? [String: Any])?["written"] as? [[String: Any]])?.first?["pinnedSteps"] as? [Int] == [2])
        #expect(report.hasFailures)
        #expect(report.lines == [
            "wrote assessments/a.yaml: \"A\", 3 questions",
            "wrote flows/hiring.yaml: flow \"Hiring\", 2 steps, inactive, id 7 pinned (its name is shared), "
                + "assessmentId pinned in step 2 (see the comments)",
            "failed flow \"Other\" (id 8): the file would not plan clean",
            "skipped flow \"Kept\" (id 9): flows/kept.yaml exists; --force overwrites it",
            "Import: 2 written, 1 skipped, 1 failed.",
        ])
    }

    @Test("results --flow --format json: the step is an object (position and assessment), absent values are null; the schema holds")
    func flowResultsReport() throws {
        let report = FlowResultsReport(
            environment: "local", flow: .init(id: "7", name: "Hiring"), status: nil, candidates: [
                .init(email: "a@example.com", firstName: "Ann", lastName: nil, status: WireFlowCandidateStatus.inProgress,
                      step: .init(position: 2, assessment: .init(id: "b", name: "Voice")), assignedAt: "2026-12-01T10:00:00Z"),
                .init(email: "b@example.com", firstName: nil, lastName: nil, status: WireFlowCandidateStatus.notStarted,
                      step: .init(position: 9, assessment: nil), assignedAt: nil),
                .init(email: "c@example.com", firstName: nil, lastName: nil, status: "SOMETHING_NEW", step: nil, assignedAt: nil),
            ])
        #expect(try ReportSchemaTests.violations(report) == [])
        let json = FlowResults.render(report, format: .json, masker: EmailMasker(isEnabled: true))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "flow-results" && object["schemaVersion"] as? Int == 1)
        let rows = try #require(object["candidates"] as? [[String: Any]])
        let step = try #require(rows[0]["step"] as? [String: Any])
        #expect(step["position"] as? Int == 2)
        #expect((step["assessment"] as? [String: Any])?["name"] as? String == "Voice")
        #expect(rows[0]["lastName"] is NSNull && rows[2]["step"] is NSNull)
        #expect(rows[0]["email"] as? String == "a@example.com", "JSON is data: never masked")
        let wrong = json.replacingOccurrences(of: "\"position\" : 2", with: "\"position\" : \"2\"")
        #expect(!(try ReportSchemaTests.checker(.flowResults).violations(ofJSON: wrong)).isEmpty)
        #expect(FlowResults.render(report, format: .csv, masker: EmailMasker(isEnabled: true))
            .hasPrefix("email,firstName,lastName,status,step,assignedAt\r\na@example.com,Ann,,IN_PROGRESS,2,2026-12-01T10:00:00Z\r\n"))
    }
}

/// What a flow's errors say: "flow", its name, and what to do.
@Suite("flow wording")
struct FlowWordingTests {
    static let gone = LocatedAssessment(id: "999", name: "Support hiring", isActive: true, kind: .flow)

    @Test("a 404 during invite --flow stops the run naming the flow, not an assessment")
    func inviteNotFound() {
        let error = TaptalentError(kind: .api(.init(status: 404, code: "NOT_FOUND", type: "not_found", message: "Not found.", details: [:])),
                                   method: "POST", path: "/assessment-flows/999/candidates", attempts: 1)
        guard case .stop(let reason) = InviteAttemptOutcome.classify(error, target: Self.gone) else {
            Issue.record("a 404 stops the run")
            return
        }
        #expect(reason.hasPrefix("the flow \"Support hiring\" (999) no longer exists in the account; nothing was sent for this row. "
            + "Check its name (tapform plan), then run again"), "\(reason)")
        #expect(reason.components(separatedBy: ": POST /").first?.contains("assessment") == false,
                "tapform's words say flow; the request's path is the API's")
        let assessment = LocatedAssessment(id: "a1", name: "Quiz", isActive: true)
        guard case .stop(let other) = InviteAttemptOutcome.classify(error, target: assessment) else { return }
        #expect(other.hasPrefix("the assessment \"Quiz\" (a1) no longer exists"))
    }

    @Test("a 404 during results --flow names the flow and what to check")
    func resultsNotFound() async throws {
        try await TestEmulator.with { emulator in
            let error = await #expect(throws: TapformError.self) {
                try await FlowResults(client: try emulator.client()).fetch(Self.gone, status: nil, environment: "local")
            }
            #expect(error?.message == "the flow \"Support hiring\" (999) was not found in environment \"local\" (404): it was deleted "
                + "since it was listed. Check the flow's name (tapform plan lists the flows of the files), then run again")
        }
    }

    static func input(_ step: DesiredFlowStep, accountAssessments: [String: String]) -> FlowPlanner.Input {
        FlowPlanner.Input(
            desired: [DesiredFlow(name: "Hiring", steps: [step], filePath: "flows/f.yaml")], remote: [],
            assessments: [:], accountAssessments: accountAssessments)
    }

    @Test("a step's assessmentId: used as given; unknown to the account an error, named otherwise a warning; a shared name asks for it")
    func pinnedAssessment() throws {
        let at = TaptalentContract.SourceLocation(file: "flows/f.yaml", line: 3, column: 5)
        let account = ["a1": "Twin", "a2": "Twin", "a3": "Renamed"]
        let pinned = FlowPlanner.plan(Self.input(DesiredFlowStep(assessment: "Twin", assessmentId: "a2", passThreshold: 5, location: at),
                                                 accountAssessments: account))
        #expect(pinned.first?.action == .create && pinned.first?.warnings == [])
        guard case .createFlow(let create)? = pinned.first?.steps.first else { throw CancellationError() }
        #expect(create.steps.map(\.assessment) == [FlowAssessmentRef(name: "Twin", id: "a2")])

        let renamed = FlowPlanner.plan(Self.input(DesiredFlowStep(assessment: "Old", assessmentId: "a3", passThreshold: 5, location: at),
                                                  accountAssessments: account))
        #expect(renamed.first?.warnings.map(\.description) == [
            "flows/f.yaml:3:5: step 1: assessmentId a3 is named \"Renamed\" in the account, not \"Old\"; the step uses the id",
        ])
        let missing = FlowPlanner.plan(Self.input(DesiredFlowStep(assessment: "Twin", assessmentId: "zz", passThreshold: 5, location: at),
                                                  accountAssessments: account))
        #expect(missing.first?.action == .blocked)
        #expect(missing.first?.errors.map(\.description) == [
            "flows/f.yaml:3:5: step 1: assessmentId zz is pinned but the account has no assessment with that id; "
                + "fix the id, or remove it to find the assessment by name",
        ])
        let shared = FlowPlanner.plan(Self.input(DesiredFlowStep(assessment: "Twin", passThreshold: 5, location: at),
                                                 accountAssessments: account))
        #expect(shared.first?.errors.map(\.description) == [
            "flows/f.yaml:3:5: step 1: the account has 2 assessments named \"Twin\" (ids a1, a2); pin one with `assessmentId:` in the step",
        ])
    }
}

extension FlowWordingTests {
    @Test("--flow NAME that no file and no remote flow has: the flows there are, or how to make one")
    func unknownFlowName() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let project = TempProject().project
            let none = await #expect(throws: TapformError.self) {
                try await FlowLocator.locate(name: "Hiring", flows: project.spec.flows, client: client, environment: "local")
            }
            #expect(none?.message == "no flow named \"Hiring\": no flow file of this project declares it and environment \"local\" "
                + "has none by that name; it has no flows: declare one in a flow file and run tapform apply")
            let quiz = try await SeedingKit.create(client, name: "Quiz")
            for name in ["Alpha pipeline", "Bravo pipeline"] {
                try await FlowImportTests.flow(client, name, [FlowImportTests.step(quiz, 50)])
            }
            let some = await #expect(throws: TapformError.self) {
                try await FlowLocator.locate(name: "Hiring", flows: project.spec.flows, client: client, environment: "local")
            }
            #expect(some?.message.hasSuffix("; the flows are \"Alpha pipeline\", \"Bravo pipeline\"") == true, "\(some?.message ?? "")")
        }
    }
}

@Suite("flows in saved plans")
struct FlowDesiredStateTests {
    @Test("every field of a flow step is in the desired-state digest: a changed assessmentId refuses a saved plan")
    func digestCoversEveryStepField() throws {
        let at = TaptalentContract.SourceLocation(file: "flows/f.yaml", line: 3, column: 5)
        func flow(_ id: String?) -> DesiredFlow {
            DesiredFlow(name: "Hiring", steps: [DesiredFlowStep(assessment: "Twin", assessmentId: id, passThreshold: 5, location: at)],
                        filePath: "flows/f.yaml")
        }
        let step = try #require(flow("a1").steps.first)
        let fields = Set(Mirror(reflecting: step).children.compactMap(\.label)).subtracting(["location", "thresholdLocation"])
        guard case .object(let content) = DesiredState.content(flow("a1")), case .array(let steps)? = content["steps"],
              case .object(let digested)? = steps.first else {
            Issue.record("the content holds the steps as objects")
            return
        }
        #expect(fields == Set(digested.keys))
        #expect(DesiredState.content(flow("a1")) != DesiredState.content(flow("a2")))
        guard case .object(let plain) = DesiredState.content(flow(nil)), case .array(let plainSteps)? = plain["steps"],
              case .object(let plainStep)? = plainSteps.first else { return }
        #expect(plainStep["assessmentId"] == nil, "a step without it digests as before")
    }
}
