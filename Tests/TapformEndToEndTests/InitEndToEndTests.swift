import Foundation
import Testing

/// What a new user does first: `tapform init` in an empty folder, then validate, apply on the embedded
/// emulator and a clean plan, through the built binary.
@Suite("tapform init, end to end", .serialized)
struct InitEndToEndTests {
    @Test("init, validate, apply --env local --auto-approve, then plan is clean")
    func initThenApplyThenCleanPlan() throws {
        let folder = try TemporaryFolder("init").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("hiring")

        let initialised = try TapformBinary.run(["init", "hiring"], in: folder)
        #expect(initialised.status == 0, "\(initialised.stdout)\(initialised.stderr)")
        #expect(initialised.stdout.contains("wrote      .github/workflows/tapform.yml"), "\(initialised.stdout)")

        let validate = try TapformBinary.run(["validate"], in: project)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let apply = try TapformBinary.run(["apply", "--env", "local", "--auto-approve"], in: project)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
        let plan = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project)
        #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        #expect(plan.stdout.contains("No changes"))
        let status = try ActionScript.shell("git init -q . && git status --porcelain --ignored .tapform", in: project)
        #expect(status.contains("!! .tapform/local/") || status.contains("!! .tapform/"), "the emulator's data is ignored: \(status)")
    }

    @Test("a second init skips every file and says so; the editor setting lines are printed")
    func secondInitSkips() throws {
        let folder = try TemporaryFolder("init-again").url
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TapformBinary.run(["init"], in: folder).status == 0)
        let before = try ActionScript.shell("find . -type f | sort | xargs sha256sum", in: folder)

        let again = try TapformBinary.run(["init"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("skipped    tapform.yaml (exists, use --force to overwrite)"), "\(again.stdout)")
        #expect(again.stdout.contains("kept       .gitignore"))
        #expect(again.stdout.contains("\"yaml.schemas\""), "the lines to add to an existing settings.json")
        #expect(!again.stdout.contains("wrote "))
        #expect(try ActionScript.shell("find . -type f | sort | xargs sha256sum", in: folder) == before)
    }
}
