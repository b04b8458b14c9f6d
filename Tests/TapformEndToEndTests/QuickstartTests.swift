import Foundation
import Testing

/// The README's quickstart, as a new user runs it: on a copy of this repository's examples, with no
/// tapform.yaml environment and no key, against the embedded emulator (`--env local`).
@Suite("Quickstart on the example project", .serialized)
struct QuickstartTests {
    @Test("validate, apply, then plan shows no changes; a second apply does nothing")
    func applyThenPlanIsClean() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }

        let validate = try TapformBinary.run(["validate"], in: project)
        #expect(validate.status == 0, "validate: \(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("no problems"))

        let firstPlan = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project)
        #expect(firstPlan.status == 2, "a fresh account needs every example created: \(firstPlan.stdout)\(firstPlan.stderr)")
        #expect(firstPlan.stdout.contains("to create"))

        let apply = try TapformBinary.run(["apply", "--auto-approve"], in: project)
        #expect(apply.status == 0, "apply: \(apply.stdout)\(apply.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(".tapform/local").path))
        let ignore = try String(contentsOf: project.appendingPathComponent(".tapform/.gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("local/"), "the local data is git-ignored in the user's repository")

        let plan = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project)
        #expect(plan.status == 0, "plan after apply: \(plan.stdout)\(plan.stderr)")
        #expect(plan.stdout.contains("No changes"))

        let again = try TapformBinary.run(["apply", "--auto-approve"], in: project)
        #expect(again.status == 0)
        #expect(again.stdout.contains("No changes"))
    }

    @Test("apply with no terminal and no --auto-approve refuses and changes nothing")
    func applyNeedsApprovalWithoutTerminal() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }

        let apply = try TapformBinary.run(["apply"], in: project)
        #expect(apply.status == 1)
        #expect((apply.stdout + apply.stderr).contains("--auto-approve"))
        let plan = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project)
        #expect(plan.status == 2, "nothing was applied, so changes remain")
    }

    @Test("on a terminal, apply asks; anything but y applies nothing, y applies")
    func applyAsksOnATerminal() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }

        let declined = try TapformBinary.runOnTerminal(["apply"], in: project, input: "n\n")
        #expect(declined.stdout.contains("Apply? [y/N]"), "\(declined.stdout)")
        #expect(declined.status == 1)
        #expect(try TapformBinary.run(["plan", "--detailed-exitcode"], in: project).status == 2, "nothing applied")

        let accepted = try TapformBinary.runOnTerminal(["apply"], in: project, input: "y\n")
        #expect(accepted.status == 0, "\(accepted.stdout)")
        #expect(accepted.stdout.contains("Apply complete"))
        #expect(try TapformBinary.run(["plan", "--detailed-exitcode"], in: project).status == 0)
    }

    @Test("with -C, a saved plan's path is relative to the project folder, like every other file")
    func savedPlanPathsFollowTheProjectFolder() throws {
        let project = try TapformBinary.exampleProject()
        let elsewhere = try TemporaryFolder("cwd").url
        defer {
            try? FileManager.default.removeItem(at: project)
            try? FileManager.default.removeItem(at: elsewhere)
        }

        let plan = try TapformBinary.run(["plan", "-C", project.path, "--out", "plan.json"], in: elsewhere)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("plan.json").path))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("plan.json").path))

        let apply = try TapformBinary.run(["apply", "-C", project.path, "plan.json"], in: elsewhere)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
        #expect(try TapformBinary.run(["plan", "--detailed-exitcode"], in: project).status == 0)
    }

    @Test("a broken file stops plan with file:line:col and exit 1")
    func invalidFilesStopPlan() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let broken = project.appendingPathComponent("assessments/broken.yaml")
        try "name: Broken one\nrole: Tester\ndurationMinute: 30\n".write(to: broken, atomically: true, encoding: .utf8)

        let plan = try TapformBinary.run(["plan"], in: project)
        #expect(plan.status == 1)
        #expect(plan.stderr.contains("assessments/broken.yaml:3:1"), "\(plan.stderr)")
        #expect(plan.stderr.contains("durationMinutes"), "did-you-mean hint: \(plan.stderr)")

        let github = try TapformBinary.run(["plan", "--format", "github"], in: project)
        #expect(github.status == 1)
        #expect(github.stdout.contains("::error file=assessments/broken.yaml,line=3"), "\(github.stdout)")
    }
}
