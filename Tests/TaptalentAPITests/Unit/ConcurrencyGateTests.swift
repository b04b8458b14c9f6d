import Foundation
import Testing
import TaptalentAPI

@Suite("The concurrency gate: admission, order, holds for Retry-After, cancellation")
struct ConcurrencyGateTests {
    @Test("it admits up to its permits; the others wait and are admitted in order of arrival")
    func admitsInOrder() async throws {
        let clock = ManualLimiterClock()
        let gate = ConcurrencyGate(.fixed(2), clock: clock)
        let first = try await gate.acquire()
        let second = try await gate.acquire()
        let order = OrderRecorder()
        let third = Task { let permit = try await gate.acquire(); order.append(3); return permit }
        try await waitUntil { await gate.waiting == 1 }
        let fourth = Task { let permit = try await gate.acquire(); order.append(4); return permit }
        try await waitUntil { await gate.waiting == 2 }
        #expect(await gate.running == 2)
        await gate.release(first, .success)
        let thirdPermit = try await third.value
        #expect(order.values == [3])
        await gate.release(second, .success)
        let fourthPermit = try await fourth.value
        #expect(order.values == [3, 4])
        await gate.release(thirdPermit, .success)
        await gate.release(fourthPermit, .success)
        #expect(await gate.running == 0)
    }

    @Test("a retry goes before the requests not sent yet, after the retries already waiting")
    func retriesFirst() async throws {
        let gate = ConcurrencyGate(.fixed(1), clock: ManualLimiterClock())
        let held = try await gate.acquire()
        let order = OrderRecorder()
        func waiter(_ number: Int, retry: Bool) async throws -> Task<Void, any Error> {
            let before = await gate.waiting
            let task = Task {
                let permit = try await gate.acquire(retry: retry)
                order.append(number)
                await gate.release(permit, .success)
            }
            try await waitUntil { await gate.waiting == before + 1 }
            return task
        }
        let tasks = [
            try await waiter(1, retry: false), try await waiter(2, retry: true), try await waiter(3, retry: false),
            try await waiter(4, retry: true),
        ]
        await gate.release(held, .success)
        for task in tasks { try await task.value }
        #expect(order.values == [2, 4, 1, 3])
    }

    @Test("adaptive: a Retry-After waited out by one request holds back every other one until it ends")
    func holdSlowsAll() async throws {
        let clock = ManualLimiterClock()
        let gate = ConcurrencyGate(.adaptive(maximum: 8), clock: clock)
        let limited = try await gate.acquire()
        clock.advance(by: .milliseconds(50))
        await gate.release(limited, .overload)
        await gate.beginHold()
        let other = Task { try await gate.acquire() }
        try await waitUntil { await gate.waiting == 1 }
        #expect(await gate.running == 0, "nothing is admitted during the hold, although permits are free")
        await gate.endHold()
        let permit = try await other.value
        #expect(await gate.running == 1)
        await gate.release(permit, .success)
    }

    @Test("adaptive: two holds at once; admission resumes only when both have ended")
    func overlappingHolds() async throws {
        let gate = ConcurrencyGate(.adaptive(maximum: 8), clock: ManualLimiterClock())
        await gate.beginHold()
        await gate.beginHold()
        let other = Task { try await gate.acquire() }
        try await waitUntil { await gate.waiting == 1 }
        await gate.endHold()
        #expect(await gate.waiting == 1)
        await gate.endHold()
        await gate.release(try await other.value, .success)
    }

    @Test("fixed: a hold holds nobody back (each request honours its own Retry-After) and the limit never moves")
    func fixedIgnoresHolds() async throws {
        let gate = ConcurrencyGate(.fixed(3), clock: ManualLimiterClock())
        await gate.beginHold()
        let permit = try await gate.acquire()
        await gate.release(permit, .overload)
        #expect(await gate.permits == 3)
        #expect(await gate.limit == nil)
        await gate.endHold()
    }

    @Test("adaptive: overload answers shrink the permits and healthy ones grow them back, through the gate")
    func adaptsThroughTheGate() async throws {
        let clock = ManualLimiterClock()
        let gate = ConcurrencyGate(.adaptive(maximum: 16), clock: clock)
        #expect(await gate.permits == 4)
        var permits: [ConcurrencyGate.Permit] = []
        for _ in 0..<4 { permits.append(try await gate.acquire()) }
        clock.advance(by: .milliseconds(40))
        // The first was admitted alone (not using the limit): the three others each add one.
        for permit in permits { await gate.release(permit, .success) }
        #expect(await gate.permits == 7)
        let overloaded = try await gate.acquire()
        clock.advance(by: .milliseconds(40))
        await gate.release(overloaded, .overload)
        #expect(await gate.permits == 3)
        #expect(await gate.limit?.smoothed == .milliseconds(40))
    }

    @Test("a waiting request that is cancelled leaves with CancellationError and takes no permit")
    func cancellation() async throws {
        let gate = ConcurrencyGate(.fixed(1), clock: ManualLimiterClock())
        let held = try await gate.acquire()
        let waiter = Task { try await gate.acquire() }
        try await waitUntil { await gate.waiting == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { _ = try await waiter.value }
        #expect(await gate.waiting == 0)
        await gate.release(held, .success)
        #expect(await gate.running == 0)
        await gate.release(try await gate.acquire(), .success)
    }
}

/// A clock that moves only when told.
final class ManualLimiterClock: LimiterClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current = ContinuousClock.now
    var now: ContinuousClock.Instant { lock.withLock { current } }
    func advance(by duration: Duration) { lock.withLock { current += duration } }
}

final class OrderRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []
    func append(_ value: Int) { lock.withLock { recorded.append(value) } }
    var values: [Int] { lock.withLock { recorded } }
}

/// Yields until `condition` holds (the tasks under test reach their waiting point); fails after many
/// rounds instead of hanging. No sleeping: only other tasks running.
func waitUntil(_ condition: () async -> Bool) async throws {
    for _ in 0..<100_000 {
        if await condition() { return }
        await Task.yield()
    }
    Issue.record("the condition never held")
    throw CancellationError()
}
