import Foundation
import Testing
@testable import TapformKit

/// The one-machine lock: one apply per environment at a time; a second waits (saying for whom) or fails
/// fast; the lock is released on every exit, by the OS when the holder dies.
@Suite("environment lock")
struct EnvironmentLockTests {
    static func folder() -> URL {
        TemporaryFolder.unusedURL("lock")
    }

    @Test("a second holder fails at once with --lock-timeout 0, naming the holder")
    func failFast() async throws {
        let root = Self.folder()
        defer { TempProject.remove(root) }
        let file = EnvironmentLock.file(root: root, environment: "production", baseURL: "https://api.example/v1")
        let first = try await EnvironmentLock.acquire(file, environment: "production", timeout: .zero)
        let error = await #expect(throws: TapformError.self) {
            _ = try await EnvironmentLock.acquire(file, environment: "production", timeout: .zero)
        }
        #expect(error?.message.contains("another apply to environment \"production\" is running (pid \(getpid()) on ") == true,
                "\(error?.message ?? "")")
        first.release()
        let again = try await EnvironmentLock.acquire(file, environment: "production", timeout: .zero)
        again.release()
    }

    @Test("a waiting holder says so once, and gets the lock when the first releases it")
    func waits() async throws {
        let root = Self.folder()
        defer { TempProject.remove(root) }
        let file = EnvironmentLock.file(root: root, environment: "sandbox", baseURL: "https://sandbox.example/v1")
        let first = try await EnvironmentLock.acquire(file, environment: "sandbox", timeout: .zero)
        let (messages, sink) = AsyncStream.makeStream(of: String.self)
        let second = Task {
            try await EnvironmentLock.holding(file, environment: "sandbox", timeout: .seconds(60), waiting: { sink.yield($0) }) {
                "ran"
            }
        }
        var iterator = messages.makeAsyncIterator()
        let message = await iterator.next()
        #expect(message?.hasPrefix("waiting for the lock on environment \"sandbox\" held by pid \(getpid())") == true, "\(message ?? "")")
        first.release()
        #expect(try await second.value == "ran")
        // holding released it: a third takes it at once.
        try await EnvironmentLock.holding(file, environment: "sandbox", timeout: .zero) {}
        try await EnvironmentLock.holding(file, environment: "sandbox", timeout: .zero) {}
    }

    @Test("released when the body throws")
    func releasedOnThrow() async throws {
        let root = Self.folder()
        defer { TempProject.remove(root) }
        let file = EnvironmentLock.file(root: root, environment: "local", baseURL: nil)
        await #expect(throws: TapformError.self) {
            try await EnvironmentLock.holding(file, environment: "local", timeout: .zero) { throw TapformError("boom") }
        }
        try await EnvironmentLock.holding(file, environment: "local", timeout: .zero) {}
    }

    @Test("the OS releases the lock of a holder that is killed")
    func releasedByTheOS() async throws {
        let root = Self.folder()
        defer { TempProject.remove(root) }
        let file = EnvironmentLock.file(root: root, environment: "production", baseURL: "https://api.example/v1")
        // Creates the folder and file; then another process takes the lock and is killed with SIGKILL.
        try await EnvironmentLock.holding(file, environment: "production", timeout: .zero) {}
        let holder = try LockHolder(file)
        await #expect(throws: TapformError.self) {
            _ = try await EnvironmentLock.acquire(file, environment: "production", timeout: .zero)
        }
        holder.kill()
        // The kernel closed the dead holder's files, and with them its lock.
        try await EnvironmentLock.holding(file, environment: "production", timeout: .zero) {}
    }

    @Test("one file per environment name and URL; never the key; local by name")
    func fileNames() {
        let root = URL(fileURLWithPath: "/project")
        let production = EnvironmentLock.file(root: root, environment: "production", baseURL: "https://a.example/v1")
        #expect(production.path.hasPrefix("/project/.tapform/locks/production-"))
        #expect(production != EnvironmentLock.file(root: root, environment: "production", baseURL: "https://b.example/v1"))
        #expect(production != EnvironmentLock.file(root: root, environment: "staging", baseURL: "https://a.example/v1"))
        #expect(production == EnvironmentLock.file(root: root, environment: "production", baseURL: "https://a.example/v1"))
        let url = EnvironmentLock.file(root: root, environment: "https://x.example/v1 ../..", baseURL: nil)
        #expect(url.deletingLastPathComponent().path == "/project/.tapform/locks", "no path separators from a name")
    }

    @Test("a lock file's name does not change between builds: an older tapform and this one lock the same file")
    func fileNameIsStable() {
        let file = EnvironmentLock.file(root: URL(fileURLWithPath: "/project"), environment: "production",
                                        baseURL: "https://a.example/v1")
        // FNV-1a (64 bits) of "production\nhttps://a.example/v1", as earlier builds named it.
        #expect(file.lastPathComponent == "production-6ac8b5a77992705e.lock")
    }

    @Test("--lock-timeout values", arguments: [
        ("0", Duration.zero), ("90", .seconds(90)), ("90s", .seconds(90)), ("5m", .seconds(300)), ("1h", .seconds(3_600)),
    ])
    func timeouts(text: String, expected: Duration) {
        #expect(EnvironmentLock.timeout(parsing: text) == expected)
    }

    @Test("bad --lock-timeout values", arguments: ["", "s", "-1", "5x", "1.5m", "25h", "٣"])
    func badTimeouts(text: String) {
        #expect(EnvironmentLock.timeout(parsing: text) == nil)
    }
}
