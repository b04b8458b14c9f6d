import Foundation
import Testing
@testable import TaptalentAPI

@Suite("The deadline of one attempt")
struct DeadlineTests {
    /// Whether an operation saw its cancellation, and a signal that it has started.
    private final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var cancelled = false
        private var startedContinuation: CheckedContinuation<Void, Never>?
        private var hasStarted = false

        var sawCancellation: Bool { lock.withLock { cancelled } }

        /// Waits until `run` reports the start.
        func started() async {
            await withCheckedContinuation { continuation in
                let now = lock.withLock {
                    if hasStarted { return true }
                    startedContinuation = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        }

        /// Reports the start, then sleeps for an hour unless cancelled.
        func run() async throws -> Int {
            let waiting = lock.withLock {
                hasStarted = true
                defer { startedContinuation = nil }
                return startedContinuation
            }
            waiting?.resume()
            do {
                try await Task.sleep(for: .seconds(3600))
            } catch {
                lock.withLock { cancelled = true }
                throw error
            }
            return 1
        }
    }

    @Test func aFinishedOperationGivesItsValue() async throws {
        let value = try await Deadline.run(within: .seconds(3600)) { 42 }
        #expect(value == 42)
    }

    @Test func anOperationsOwnErrorIsKept() async throws {
        let error = await #expect(throws: URLError.self) {
            try await Deadline.run(within: .seconds(3600)) { () async throws -> Int in throw URLError(.cannotConnectToHost) }
        }
        #expect(error?.code == .cannotConnectToHost)
    }

    @Test func anOperationPastItsDeadlineIsCancelledAndTimesOut() async throws {
        let probe = Probe()
        let error = await #expect(throws: URLError.self) {
            try await Deadline.run(within: .milliseconds(20)) { try await probe.run() }
        }
        #expect(error?.code == .timedOut)
        #expect(probe.sawCancellation)
    }

    @Test func cancellingTheCallerCancelsTheOperationWithoutATimeout() async throws {
        let probe = Probe()
        let caller = Task { try await Deadline.run(within: .seconds(3600)) { try await probe.run() } }
        await probe.started()
        caller.cancel()
        let result = await caller.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(probe.sawCancellation)
    }
}
