import Foundation
import Testing
import TaptalentAPI

/// The apply lock of one machine, through the built binary and another process holding the lock file.
@Suite("apply lock between processes")
struct ApplyLockEndToEndTests {
    static let keyVariable = "TAPFORM_E2E_KEY"

    @Test("while another process holds the environment's lock, apply --lock-timeout 0 fails at once and sends nothing")
    func lockedEnvironment() async throws {
        let key = "sk_test_e2eApplyLockKey00000"
        let server = try ServedEmulator(EmulatorOptions(apiKey: key, testControls: true))
        defer { server.stop() }
        let project = try TapformBinary.exampleProject(servedBy: server, keyVariable: Self.keyVariable)
        defer { try? FileManager.default.removeItem(at: project) }
        let env = [Self.keyVariable: key]

        let first = try TapformBinary.run(["apply", "--auto-approve"], in: project, environment: env)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let locks = project.appendingPathComponent(".tapform/locks")
        let names = try FileManager.default.contentsOfDirectory(atPath: locks.path).filter { $0.hasSuffix(".lock") }
        #expect(names.count == 1 && names[0].hasPrefix("e2e-"), "\(names)")
        let lockFile = locks.appendingPathComponent(names[0])
        #expect(!(try String(contentsOf: lockFile, encoding: .utf8)).contains(key))
        #expect(try String(contentsOf: locks.appendingPathComponent(".gitignore"), encoding: .utf8).contains("*"))

        let holder = try LockHolder(lockFile)

        let controls = server.controls
        let before = try await controls.counters().totalRequests
        let blocked = try TapformBinary.run(["apply", "--auto-approve", "--lock-timeout", "0"], in: project, environment: env)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("another apply to environment \"e2e\" is running"), "\(blocked.stderr)")
        #expect(try await controls.counters().totalRequests == before, "nothing sent while locked")

        holder.kill()
        let after = try TapformBinary.run(["apply", "--auto-approve", "--lock-timeout", "0"], in: project, environment: env)
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        #expect(after.stdout.contains("No changes"), "\(after.stdout)")
    }

    @Test("a --lock-timeout that is not a duration is a usage error")
    func badTimeout() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try TapformBinary.run(["apply", "--auto-approve", "--lock-timeout", "soon"], in: project)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--lock-timeout soon is not a duration"), "\(result.stderr)")
    }
}
