import ArgumentParser
import Foundation
import TapformTestSupport
import Testing
@testable import tapform

/// `-C DIR` before or after the command, through the real parser.
@Suite("-C DIR, before or after the command")
struct LeadingDirectoryTests {
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        try Tapform.parseAsRoot(LeadingDirectory.hoist(arguments, root: Tapform.self))
    }

    static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = try TemporaryFolder("cli")
        defer { folder.remove() }
        return try body(folder.path)
    }

    @Test("every spelling of -C before the command reaches the command, for every command")
    func beforeTheCommand() throws {
        try Self.withFolder { dir in
            let plan = try #require(try Self.parse(["-C", dir, "plan", "--detailed-exitcode"]) as? PlanCommand)
            #expect(plan.project.directory == dir)
            #expect(plan.detailedExitcode)
            let validate = try Self.parse(["-C", dir, "validate", "assessments"]) as? ValidateCommand
            #expect(validate?.project.directory == dir)
            #expect(validate?.paths == ["assessments"])
            let apply = try Self.parse(["--directory", dir, "apply", "plan.json"]) as? ApplyCommand
            #expect(apply?.project.directory == dir)
            #expect(apply?.planFile == "plan.json")
            let schema = try Self.parse(["--directory=\(dir)", "schema"]) as? SchemaCommand
            #expect(schema?.project.directory == dir)
            let serve = try Self.parse(["-C", dir, "sandbox", "serve", "--port", "0"]) as? SandboxCommand.Serve
            #expect(serve?.project.directory == dir)
            #expect(serve?.port == 0)
            let initialise = try Self.parse(["-C", dir, "init", "repo"]) as? InitCommand
            #expect(initialise?.project.file("repo").standardizedFileURL.path == dir + "/repo")
            let invite = try Self.parse(["-C", dir, "invite", "Screen", "--csv", "a.csv", "--dry-run"]) as? InviteCommand
            #expect(invite?.project.directory == dir)
        }
    }

    @Test("-C after the command works as before, and arguments without a command are left alone")
    func afterTheCommand() throws {
        try Self.withFolder { dir in
            let plan = try Self.parse(["plan", "-C", dir]) as? PlanCommand
            #expect(plan?.project.directory == dir)
            #expect(LeadingDirectory.hoist(["-C", dir], root: Tapform.self) == ["-C", dir])
            #expect(LeadingDirectory.hoist(["-C"], root: Tapform.self) == ["-C"])
            #expect(LeadingDirectory.hoist(["-C", dir, "nonsense"], root: Tapform.self) == ["-C", dir, "nonsense"])
        }
    }

    @Test("-C to a folder that does not exist fails every command with exit 1, naming it")
    func missingFolder() throws {
        let missing = "/nonexistent-tapform-\(UUID().uuidString)"
        for arguments in [["-C", missing, "plan"], ["validate", "-C", missing], ["-C", missing, "schema"],
                          ["-C", missing, "sandbox", "serve"]] {
            do {
                _ = try Self.parse(arguments)
                Issue.record("\(arguments) parsed")
            } catch {
                #expect(Tapform.exitCode(for: error) == .failure, "\(arguments)")
                #expect(Tapform.message(for: error) == "\(missing): project folder does not exist (-C); nothing was read or created")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
