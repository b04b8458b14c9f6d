import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform import` for flows: files that validate and plan clean, each step naming its assessment so that
/// `plan` finds that very assessment again.
@Suite("import: flows")
struct FlowImportTests {
    static func step(_ assessment: WireAssessment, _ threshold: Double, name: String? = nil, instructions: String? = nil,
                     passAction: String? = nil) -> FlowStepBody {
        FlowStepBody(assessmentId: assessment.assessmentId, passThreshold: threshold, name: name, instructions: instructions,
                     passAction: passAction)
    }

    @discardableResult
    static func flow(_ client: TaptalentClient, _ name: String, description: String? = nil, _ steps: [FlowStepBody],
                     inactive: Bool = false) async throws -> WireFlow {
        let flow = try await client.createFlow(FlowBody(flowName: name, description: description.map { .value($0) }, steps: steps))
        if inactive { _ = try await client.updateFlow(id: flow.id.value, FlowBody(status: WireStatus.inactive)) }
        return flow
    }

    /// The flows' part of the plan the project at `root` makes now.
    static func plan(_ folder: SeedingKit.Folder, client: TaptalentClient) async throws -> Plan {
        try await PlanUseCase.run(project: folder.project, client: client, request: PlanRequest()).plan
    }

    @Test("import --all writes every flow; steps name their assessment by name, or by assessmentId with the reason; the next plan is clean")
    func roundTrip() async throws {
        let renamed = "name: Local Screen\nrenamedFrom: [Dashboard Screen]\nrole: Backend Engineer\n"
        let folder = try SeedingKit.Folder(["assessments/local.yaml": renamed])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let client = emulator.client
            let quiz = try await SeedingKit.create(client, name: "Screen Quiz")
            let voice = try await SeedingKit.create(client, name: "Voice Round")
            let dashboard = try await SeedingKit.create(client, name: "Dashboard Screen")
            let oldTwin = try await SeedingKit.create(client, name: "Twin", status: WireStatus.inactive)
            let newTwin = try await SeedingKit.create(client, name: "Twin")

            let hiring = try await Self.flow(client, "Support hiring", description: "Quiz first, then the voice round.", [
                Self.step(quiz, 60, name: "Knowledge check"),
                Self.step(voice, 72.5, instructions: "A 15-minute voice interview.", passAction: "Invite to on-site"),
                Self.step(dashboard, 80),
            ])
            let twins = try await Self.flow(client, "Twin flow", [Self.step(oldTwin, 50), Self.step(newTwin, 55)], inactive: true)
            let firstDup = try await Self.flow(client, "Dup flow", [Self.step(quiz, 10)])
            let secondDup = try await Self.flow(client, "Dup flow", [Self.step(voice, 20)])

            let report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(all: true), client: client, environment: "local")
            #expect(!report.hasFailures, "\(report.lines)")
            #expect(report.flowsWritten.map(\.file).sorted() == ["flows/dup-flow.yaml", "flows/support-hiring.yaml", "flows/twin-flow.yaml"])
            #expect(report.flowsSkipped.map(\.remoteId) == [secondDup.id.value])
            #expect(report.flowsSkipped.first?.reason.contains("the account has 2 flows named \"Dup flow\"") == true)

            let hiringText = try folder.read("flows/support-hiring.yaml")
            #expect(hiringText == """
                # Imported by `tapform import` from environment "local" (flow id \(hiring.id.value)).
                name: Support hiring
                description: Quiz first, then the voice round.
                steps:
                  - assessment: Screen Quiz
                    passThreshold: 60
                    name: Knowledge check
                  - assessment: Voice Round
                    passThreshold: 72.5
                    instructions: A 15-minute voice interview.
                    passAction: Invite to on-site
                  - assessment: Local Screen
                    passThreshold: 80

                """, "a step names the file managing its assessment (Local Screen, renamed from Dashboard Screen)")
            let twinText = try folder.read("flows/twin-flow.yaml")
            let ids = [oldTwin.assessmentId, newTwin.assessmentId].sorted().joined(separator: ", ")
            #expect(twinText.contains("status: inactive"))
            #expect(twinText.contains("""
                  - assessment: Twin
                    # assessmentId: the account has 2 assessments named "Twin" (ids \(ids))
                    assessmentId: "\(oldTwin.assessmentId)"
                """) || twinText.contains("assessmentId: \(oldTwin.assessmentId)\n"), "\(twinText)")
            let twinWritten = try #require(report.flowsWritten.first { $0.remoteId == twins.id.value })
            #expect(twinWritten.pinnedSteps == [1] && twinWritten.inactive,
                    "step 2 is the Twin the imported twin.yaml pins: its name finds it")
            let dupText = try folder.read("flows/dup-flow.yaml")
            #expect(dupText.contains("id: \"\(firstDup.id.value)\""), "the first created of two active flows, its id pinned: \(dupText)")

            let plan = try await Self.plan(folder, client: client)
            #expect(!plan.hasErrors, "\(HumanPlanRenderer.render(plan))")
            #expect(plan.flows.count == 3)
            #expect(plan.flows.allSatisfy { $0.action == .noChange && $0.errors.isEmpty },
                    "\(plan.flows.map { "\($0.name): \($0.action) \($0.errors)" })")

            // Again: every flow is declared now, so nothing is written and nothing fails.
            let again = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(all: true), client: client, environment: "local")
            #expect(again.flowsWritten.isEmpty && !again.hasFailures, "\(again.lines)")
            #expect(again.flowsSkipped.filter { $0.remoteId != secondDup.id.value }.allSatisfy { $0.reason.contains("already") })
            #expect(try folder.read("flows/support-hiring.yaml") == hiringText)
        }
    }

    @Test("flows named, described and with steps named by the naughty strings import as files that plan clean")
    func naughtyStrings() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let client = emulator.client
            let quiz = try await SeedingKit.create(client, name: "Screen Quiz")
            var accepted = 0
            for (index, string) in SeedingKit.naughtyStrings.enumerated() {
                let step = Self.step(quiz, Double(index % 101) + (index % 2 == 0 ? 0 : 0.25), name: string, instructions: string,
                                     passAction: string)
                do {
                    try await Self.flow(client, string, description: string, [step])
                    accepted += 1
                } catch let error as TaptalentError where error.status == 400 {
                    continue
                }
            }
            #expect(accepted > 300)
            let report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(all: true), client: client, environment: "local")
            let failures = report.flowsSkipped.filter(\.isFailure)
            #expect(failures.isEmpty, "\(failures.prefix(10).map { "\($0.name.debugDescription): \($0.reason)" })")
            #expect(report.flowsWritten.count + report.flowsSkipped.count == accepted)
            #expect(report.flowsSkipped.allSatisfy { $0.reason.contains("two files cannot share a name") })
            let project = folder.project
            #expect(!project.spec.hasErrors, "\(project.spec.diagnostics.filter(\.isError).prefix(5))")
            let plan = try await Self.plan(folder, client: client)
            #expect(plan.flows.count == report.flowsWritten.count)
            #expect(plan.flows.allSatisfy { $0.action == .noChange && $0.errors.isEmpty },
                    "\(plan.flows.filter { $0.action != .noChange }.prefix(5).map { "\($0.name.debugDescription): \($0.errors)" })")
        }
    }

    @Test("import by name writes the flow only; an existing file is kept without --force and replaced with it")
    func byNameAndExistingFile() async throws {
        let mine = "# mine, not a flow of the account\nname: Another flow\nsteps:\n  - assessment: Screen Quiz\n    passThreshold: 1\n"
        let folder = try SeedingKit.Folder(["flows/support-hiring.yaml": mine])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let client = emulator.client
            let quiz = try await SeedingKit.create(client, name: "Screen Quiz")
            try await Self.flow(client, "Support hiring", [Self.step(quiz, 60)])

            let report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Support hiring", "No such thing"]), client: client,
                environment: "t")
            #expect(report.written.isEmpty, "the assessment was not asked for")
            #expect(report.flowsWritten.map(\.file) == ["flows/support-hiring-2.yaml"],
                    "the file at the slug declares another flow: the next free name is used")
            #expect(report.notFound == ["No such thing"])
            #expect(report.lines.contains("failed \"No such thing\": no assessment or flow with this name in environment \"t\""))
            #expect(try folder.read("flows/support-hiring.yaml") == mine)

            try FileManager.default.removeItem(at: folder.root.appendingPathComponent("flows/support-hiring-2.yaml"))
            try folder.write("flows/support-hiring-2.yaml", "not yaml: [")
            try FileManager.default.removeItem(at: folder.root.appendingPathComponent("flows/support-hiring.yaml"))
            try folder.write("flows/support-hiring.yaml", "scratch notes\n")
            // The project does not validate now; import refuses to run on it, as for assessments.
            await #expect(throws: (any Error).self) {
                try await ImportUseCase.run(project: folder.project, options: ImportOptions(names: ["Support hiring"]),
                                            client: client, environment: "t")
            }
            try FileManager.default.removeItem(at: folder.root.appendingPathComponent("flows"))
            try folder.write("notes/support-hiring.yaml", "scratch notes\n")
            let outside = ImportOptions(names: ["Support hiring"], flowsDirectory: "notes")
            let kept = try await ImportUseCase.run(project: folder.project, options: outside, client: client, environment: "t")
            #expect(kept.flowsWritten.isEmpty && kept.flowsSkipped.first?.reason == "notes/support-hiring.yaml exists; --force overwrites it")
            var forced = outside
            forced.force = true
            let replaced = try await ImportUseCase.run(project: folder.project, options: forced, client: client, environment: "t")
            #expect(replaced.flowsWritten.map(\.overwritten) == [true])
            #expect(replaced.notes.contains { $0.contains("outside the flows folder") })
            #expect(try folder.read("notes/support-hiring.yaml").contains("name: Support hiring"))
        }
    }

    @Test("a flow whose step the account holds under no listed assessment is not written: the reason names the step")
    func unknownAssessmentFails() throws {
        let summaries = [RemoteAssessmentSummary(id: "a1", name: "Quiz", status: .active)]
        let content = ImportedFlowContent(files: [:], summaries: summaries)
        let wire = WireFlow(id: WireID("7"), flowName: "Gone", steps: [
            WireFlowStep(assessmentId: WireID("a1"), passThreshold: 50),
            WireFlowStep(assessmentId: WireID("zz"), passThreshold: 50, assessmentName: "Old"),
        ])
        let text = content.text(content.values(wire, pinId: false), flowId: "7", environment: "e")
        #expect(text.contains("# assessmentId: the account's list of assessments has no assessment zz"))
        let problem = RoundTripCheck.problem(flowText: text, file: "flows/gone.yaml", flow: RemoteFlow(wire), remote: [RemoteFlow(wire)],
                                             files: [:], summaries: summaries)
        #expect(problem?.contains("step 2: assessmentId zz is pinned but the account has no assessment with that id") == true,
                "\(problem ?? "nil")")
    }
}
