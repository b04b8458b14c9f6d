import Foundation
import Testing
import TaptalentAPI

@Suite("Sandbox control client")
struct EmulatorControlTests {
    @Test("reset empties the store, zeroes the counters, turns faults off and keeps the demo jobs")
    func reset() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.recordingClient()
            let demoJobs = try await client.allJobs()
            _ = try await client.createAudioInterview(sampleAssessment())
            try await emulator.controls.seedJob(JobBody(title: "Seeded role", city: "Rome", state: "Lazio", country: "Italy"))
            try await emulator.controls.setFaults(EmulatorFaults(error500: 1, seed: 1))

            try await emulator.controls.reset()
            #expect(try await emulator.controls.counters() == EmulatorCounters(requests: [:], emails: [:], assessmentsCreated: 0, questionsCreated: 0))
            #expect(try await client.allAssessments().isEmpty)
            #expect(try await client.allJobs() == demoJobs)
            #expect(emulator.sleeper.waits.isEmpty)
        }
    }
}
