import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct RequestLogTests {
    @Test func oneLinePerRequestWithoutTheKey() async throws {
        let lines = LineCollector()
        let emulator = try await TestEmulator.start(EmulatorOptions(testControls: true, requestLog: { lines.add($0) }))
        _ = try await emulator.api("GET", WirePath.jobs + "?perPage=20")
        _ = try await emulator.api("GET", WirePath.assessments, key: "sk_test_WRONGWRONGWRONGWRONGWR")
        _ = try await emulator.api("POST", WirePath.createAudioInterview, ["testName": "x"])
        await emulator.stop()
        let logged = lines.lines
        #expect(logged.count == 3)
        #expect(logged[0].hasPrefix("GET /v1/partner/jobs 200 "))
        #expect(logged[0].hasSuffix("ms"))
        #expect(logged[1].hasPrefix("GET /v1/partner/assessment 401 "))
        #expect(logged[2].hasPrefix("POST /v1/partner/assessment/audio-interviews 400 "))
        #expect(logged.allSatisfy { !$0.contains(emulator.apiKey) && !$0.contains("WRONG") })
    }

    @Test func generatedKeysLookLikeTestKeys() async throws {
        let emulator = try await TestEmulator.start()
        await emulator.stop()
        let key = emulator.apiKey
        #expect(key.hasPrefix("sk_test_"))
        #expect(key.dropFirst(8).count == 22 && key.dropFirst(8).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    @Test func serveWritesTheListeningLineFirstAndStopsOnSIGTERM() async throws {
        let lines = LineCollector()
        let server = Task { try await Emulator.serve(EmulatorOptions(), output: { lines.add($0) }) }
        let header = await lines.wait(for: 2)
        let listening = try #require(header.first)
        #expect(listening.hasPrefix("listening on http://127.0.0.1:"))
        #expect(listening.hasSuffix("/v1/partner"))
        let keyLine = header[1]
        #expect(keyLine.hasPrefix("api key: sk_test_"))
        let key = String(keyLine.dropFirst("api key: ".count))

        let url = String(listening.dropFirst("listening on ".count))
        let probe = EmulatorProbe()
        #expect(try await probe.status(url + "/" + WirePath.jobs, key: key) == 200)
        let logged = await lines.wait(for: 3)
        #expect(logged[2].hasPrefix("GET /v1/partner/jobs 200"))
        #expect(!logged[2].contains(key))

        kill(getpid(), SIGTERM)
        try await server.value
    }
}
