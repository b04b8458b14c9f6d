import Foundation
import Testing
@testable import TapformKit
import TapformSpec

/// Every command reads the project through the same discovery rules: a file it cannot read fails the
/// run before any request, so it is never taken for a deleted (or missing, importable) assessment.
@Suite("an unreadable project file stops every command")
struct UnreadableProjectTests {
    @Test("a dangling symlink stops plan (also with --prune), import and pull before any request")
    func danglingSymlinkStopsEveryCommand() async throws {
        let declared = AssessmentYAML(name: "Team alpha", questions: [.init(text: PlanUseCaseTests.question1)])
        let root = try TempProject(["assessments/alpha.yaml": declared.text,
                                    "tapform.yaml": "version: 1\nmanage: [\"Team *\"]\n"]).write()
        defer { TempProject.remove(root) }
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            try await RemoteSeeder(client: client).create("Team alpha", questions: [PlanUseCaseTests.question1])
            try await RemoteSeeder(client: client).create("Team beta", questions: [PlanUseCaseTests.question2])
            // The file declaring "Team beta" was moved away and its link left behind.
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("assessments/beta.yaml").path, withDestinationPath: "../moved/beta.yaml")
            let project = Project.load(root: root)
            let before = try await emulator.counters()

            let plan = await #expect(throws: InvalidFilesError.self) {
                try await PlanUseCase.run(project: project, client: client,
                                          request: PlanRequest(prune: true, allowDestructive: true))
            }
            let message = plan.map { "\($0)" } ?? ""
            #expect(message.contains("assessments/beta.yaml: error: is a symlink to \"../moved/beta.yaml\", which does not exist"),
                    "\(message)")
            await #expect(throws: InvalidFilesError.self) {
                try await ImportUseCase.run(project: project, options: ImportOptions(all: true), client: client, environment: "test")
            }
            await #expect(throws: InvalidFilesError.self) {
                try await PullUseCase.run(project: project, names: ["Team alpha"], client: client, environment: "test")
            }
            #expect(try await emulator.counters().totalRequests == before.totalRequests, "nothing was read or written")
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("assessments").path)
            #expect(files.sorted() == ["alpha.yaml", "beta.yaml"], "import wrote nothing")
        }
    }
}
