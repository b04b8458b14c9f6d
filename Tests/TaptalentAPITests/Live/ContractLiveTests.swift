import Foundation
import Testing
import TaptalentAPI

@Suite("Contract check against the emulator")
struct ContractLiveTests {
    @Test("the emulator's list, one-assessment, candidates and job answers match the contract")
    func emulatorConforms() async throws {
        try await LiveEmulator.with { sandbox in
            let client = try sandbox.client(readOnly: false)
            let created = try await client.createAudioInterview(sampleAssessment())
            try await sandbox.controls.complete(assessmentId: created.assessmentId,
                                                EmulatorCompletionBody(email: "ana@example.com", score: 81, cefrLevel: "C1"))
            let jobs = try await client.rawGet(WirePath.jobs)
            let jobId = try #require(try await client.jobs().jobs.first?.id.value)
            let answers: [(ContractEndpoint, Data)] = [
                (.assessmentList, try await client.rawGet(WirePath.assessments)),
                (.assessment, try await client.rawGet(WirePath.assessment(created.assessmentId))),
                (.candidateList, try await client.rawGet(WirePath.candidates(created.assessmentId))),
                (.jobList, jobs),
                (.job, try await client.rawGet(WirePath.job(jobId))),
            ]
            for (endpoint, body) in answers {
                #expect(ContractChecker.check(body, against: endpoint).map(\.description) == [], "\(endpoint.rawValue)")
            }
        }
    }
}
