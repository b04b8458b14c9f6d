import Testing
@testable import TaptalentEmulator
import TaptalentAPI

/// `latencyJitterMs`: each request waits `latencyMs` plus a seeded draw up to the jitter.
@Suite struct LatencyJitterTests {
    @Test func drawsStayWithinTheRangeVaryAndFollowTheSeed() {
        func draws(seed: UInt64) -> [Duration] {
            let injector = FaultInjector()
            injector.configure(EmulatorFaults(latencyMs: 200, latencyJitterMs: 200, seed: seed))
            return (0..<200).map { _ in injector.latency() }
        }
        let first = draws(seed: 9)
        #expect(first.allSatisfy { $0 >= .milliseconds(200) && $0 <= .milliseconds(400) })
        #expect(Set(first).count > 150, "the waits differ")
        #expect(first.min()! < .milliseconds(220) && first.max()! > .milliseconds(380), "the whole range is used")
        #expect(draws(seed: 9) == first)
        let fixed = FaultInjector()
        fixed.configure(EmulatorFaults(latencyMs: 30))
        #expect(fixed.latency() == .milliseconds(30))
    }

    @Test func theControlValidatesAndEchoesIt() async throws {
        try await TestEmulator.with { emulator async throws in
            let invalid = try await emulator.control("PUT", EmulatorControlPath.faults, ["latencyJitterMs": -1])
            #expect(invalid.status == 400)
            #expect(invalid.details["latencyJitterMs"].exists)
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, ["latencyMs": 1, "latencyJitterMs": 2])
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200)
            #expect(try await emulator.control("GET", EmulatorControlPath.faults).json["latencyJitterMs"].int == 2)
        }
    }
}
