import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built binary on a hostile file system and with saved plans that were tampered with.
@Suite("hostile files, -C and saved plans, through the binary")
struct HostileFilesTests {
    /// Runs `tapform arguments…` and fails the test (then kills the process) if it has not ended within
    /// a minute: a guard against a hang, not a timing.
    static func runGuarded(_ arguments: [String], in directory: URL) throws -> TapformBinary.Result {
        let process = try TapformProcess(arguments, in: directory)
        if !process.process.waitUntilExit(timeout: .now() + 60) {
            Issue.record("tapform \(arguments.joined(separator: " ")) still ran after a minute")
            process.kill()
        }
        return process.finish()
    }

    @Test("a FIFO named assessments/x.yaml: validate and plan end at once with a clear error, exit 1")
    func fifoDoesNotHang() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(mkfifo(project.appendingPathComponent("assessments/x.yaml").path, 0o644) == 0)
        for command in [["validate"], ["plan"]] {
            let result = try Self.runGuarded(command, in: project)
            #expect(result.status == 1, "\(command): \(result.stdout)\(result.stderr)")
            #expect((result.stdout + result.stderr).contains("assessments/x.yaml: error: is a FIFO (named pipe), not a regular file"),
                    "\(result.stdout)\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent(".tapform").path),
                "plan refused before starting the local emulator")
    }

    @Test("a dangling symlink fails validate and plan --prune: never planned as a deletion")
    func danglingSymlink() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let apply = try TapformBinary.run(["apply", "--auto-approve"], in: project)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
        try "version: 1\nmanage: [\"*\"]\n".write(to: project.appendingPathComponent("tapform.yaml"), atomically: true, encoding: .utf8)
        let moved = project.appendingPathComponent("assessments/data/data-analyst-de.yaml")
        try FileManager.default.moveItem(at: moved, to: project.appendingPathComponent("elsewhere.yaml"))
        try FileManager.default.createSymbolicLink(atPath: moved.path, withDestinationPath: "../../moved.yaml")

        let validate = try TapformBinary.run(["validate"], in: project)
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("assessments/data/data-analyst-de.yaml: error: is a symlink to \"../../moved.yaml\", which does not exist"),
                "\(validate.stdout)")
        let plan = try TapformBinary.run(["plan", "--prune", "--allow-destructive"], in: project)
        #expect(plan.status == 1)
        #expect(!plan.stdout.contains("deactivate"), "\(plan.stdout)")
    }

    @Test("a folder tapform may not list fails the run", .enabled(if: geteuid() == 0, "needs root to run as another user"))
    func unreadableFolder() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let locked = project.appendingPathComponent("assessments/data")
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        // As an unprivileged user (root lists any folder).
        let process = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=65534", "--regid=65534", "--clear-groups", "--", try TapformBinary.executable.path, "validate"],
            in: project, environment: ProcessInfo.processInfo.environment, stderr: .stdout)
        let output = String(decoding: PipeDrain(process.standardOutput!).wait(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(output)")
        #expect(output.contains("assessments/data: error: folder cannot be listed: Permission denied"), "\(output)")
    }

    @Test("-C before the command works; -C to a missing folder fails every command and creates nothing")
    func directoryOption() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let elsewhere = FileManager.default.temporaryDirectory
        let plan = try TapformBinary.run(["-C", project.path, "plan", "--detailed-exitcode"], in: elsewhere)
        #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
        #expect(plan.stdout.contains("to create"))

        let missing = project.appendingPathComponent("no-such-folder")
        for command in [["validate"], ["plan"], ["apply", "--auto-approve"], ["import", "--all"]] {
            for arguments in [["-C", missing.path] + command, command + ["-C", missing.path]] {
                let result = try TapformBinary.run(arguments, in: elsewhere)
                #expect(result.status == 1, "\(arguments): \(result.stdout)\(result.stderr)")
                #expect(result.stderr.contains("\(missing.path): project folder does not exist"), "\(result.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path), "nothing was created")
    }

    @Test("a saved plan edited by hand, or made from other files, is refused; as made, it applies")
    func savedPlans() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let made = try TapformBinary.run(["plan", "--out", "plan.json"], in: project)
        #expect(made.status == 0, "\(made.stdout)\(made.stderr)")
        let planURL = project.appendingPathComponent("plan.json")
        let original = try String(contentsOf: planURL, encoding: .utf8)

        // 1. Hand-edited: every question text changed.
        let edited = original.replacingOccurrences(of: "\"text\" : \"", with: "\"text\" : \"Edited: ")
        #expect(edited != original)
        try edited.write(to: planURL, atomically: true, encoding: .utf8)
        let handEdit = try TapformBinary.run(["apply", "plan.json"], in: project)
        #expect(handEdit.status == 1)
        #expect(handEdit.stderr.contains("plan.json was changed after tapform saved it"), "\(handEdit.stderr)")
        #expect(handEdit.stderr.contains("make a new plan with `tapform plan --out plan.json`"))

        // 2. Intact, but a file changed since.
        try original.write(to: planURL, atomically: true, encoding: .utf8)
        let file = project.appendingPathComponent("assessments/data/data-analyst-de.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "durationMinutes: 25", with: "durationMinutes: 26").write(to: file, atomically: true, encoding: .utf8)
        let changed = try TapformBinary.run(["apply", "plan.json"], in: project)
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("the files changed since this plan was made: assessments/data/data-analyst-de.yaml changed"),
                "\(changed.stderr)")

        // 3. The files as they were: the plan applies, and nothing is left to do.
        try ("# a comment does not change what the file asks for\n" + text).write(to: file, atomically: true, encoding: .utf8)
        let applied = try TapformBinary.run(["apply", "plan.json"], in: project)
        #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
        let after = try TapformBinary.run(["plan", "--detailed-exitcode"], in: project)
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
    }

    @Test("a FIFO given as the plan file is refused without waiting on it")
    func fifoPlanFile() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(mkfifo(project.appendingPathComponent("plan.json").path, 0o644) == 0)
        let result = try Self.runGuarded(["apply", "plan.json"], in: project)
        #expect(result.status == 1)
        #expect(result.stderr.contains("plan.json: plan file: is a FIFO (named pipe), not a regular file"), "\(result.stderr)")
    }
}
