import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TaptalentAPI

@Suite struct FaultTests {
    @Test func rateLimitCarriesRetryAfterAndAppliesNothing() async throws {
        try await TestEmulator.with { emulator async throws in
            let set = try await emulator.control("PUT", EmulatorControlPath.faults, ["error429": 1, "retryAfterSeconds": 2, "seed": 1])
            #expect(set.status == 200)
            let limited = try await emulator.api("POST", WirePath.createAudioInterview, ["testName": "Screen", "hiringForRole": "Engineer"])
            #expect(limited.status == 429)
            #expect(limited.code == "RATE_LIMITED")
            #expect(limited.headers["retry-after"] == "2")
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, ["error429": 1, "retryAfterSeconds": 0.25])
            #expect(try await emulator.api("GET", WirePath.jobs).headers["retry-after"] == "0.25")
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, [String: Any]())
            #expect(try await emulator.api("GET", WirePath.assessments).data["pagination"]["total"].int == 0)
            #expect(try await emulator.wireCounters()["assessmentsCreated"].int == 0)
        }
    }

    @Test func error500IsAnsweredInTheEnvelope() async throws {
        try await TestEmulator.with { emulator async throws in
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, ["error500": 1])
            let failed = try await emulator.api("GET", WirePath.assessments)
            #expect(failed.status == 500)
            #expect(failed.code == "INTERNAL_ERROR")
            let invalid = try await emulator.control("PUT", EmulatorControlPath.faults, ["error500": 2, "latencyMs": -1, "bogus": true])
            #expect(invalid.status == 400)
            #expect(invalid.details["error500"].exists && invalid.details["latencyMs"].exists && invalid.details["bogus"].exists)
        }
    }

    @Test func theSeedFixesWhichRequestsFail() async throws {
        try await TestEmulator.with { emulator async throws in
            func run() async throws -> [Int] {
                _ = try await emulator.control("PUT", EmulatorControlPath.faults, ["error500": 0.3, "error429": 0.2, "retryAfterSeconds": 0, "seed": 42])
                var statuses: [Int] = []
                for _ in 0..<30 { statuses.append(try await emulator.api("GET", WirePath.jobs).status) }
                return statuses
            }
            let first = try await run()
            #expect(try await run() == first)
            #expect(first.contains(200) && first.contains(500) && first.contains(429))
        }
    }

    @Test func dropAfterWriteAppliesTheWriteAndTheClientSeesATransportError() async throws {
        try await TestEmulator.with { emulator async throws in
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, ["dropAfterWrite": 1])
            await #expect(throws: URLError.self) {
                _ = try await emulator.api("POST", WirePath.createAudioInterview, ["testName": "Dropped screen", "hiringForRole": "Engineer"])
            }
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200, "reads are never dropped")
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, [String: Any]())
            let list = try await emulator.api("GET", WirePath.assessments)
            #expect(list.data["assessments"][0]["testName"].string == "Dropped screen")
            #expect(list.data["pagination"]["total"].int == 1)
            #expect(try await emulator.wireCounters()["requests"]["POST /assessment/audio-interviews"].int == 1)
        }
    }

    @Test func latencyStillAnswers() async throws {
        try await TestEmulator.with { emulator async throws in
            _ = try await emulator.control("PUT", EmulatorControlPath.faults, ["latencyMs": 5])
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200)
            #expect(try await emulator.control("GET", EmulatorControlPath.faults).json["latencyMs"].int == 5)
        }
    }
}
