import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator

@Suite("Invite, candidate and job endpoints against the emulator")
struct CandidateAndJobEndpointTests {
    @Test("invite once, again (already invited, no second email), and list completions across pages", arguments: WireVariant.documentedVariants)
    func inviteAndCandidates(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            let assessment = try await client.createAudioInterview(sampleAssessment())
            let id = assessment.assessmentId

            let first = try await client.invite(assessmentId: id, InviteBody(email: "ana@example.com", firstName: "Ana"))
            #expect(first.status == WireInviteStatus.invited)
            #expect(first.alreadyInvited == false)
            let second = try await client.invite(assessmentId: id, InviteBody(email: "ana@example.com"))
            #expect(second.alreadyInvited == true)
            #expect(try await sandbox.controls.counters().emails["\(id) ana@example.com"] == 1)

            for index in 1...12 {
                try await sandbox.controls.complete(assessmentId: id, EmulatorCompletionBody(
                    email: "c\(index)@example.com", score: Double(index), cefrLevel: "B2"))
            }
            let page = try await client.candidates(assessmentId: id, page: 2, perPage: 10)
            #expect(page.candidates.count == 2)
            #expect(page.pagination.total == 12)
            let all = try await client.allCandidates(assessmentId: id)
            #expect(Set(all.map(\.email)) == Set((1...12).map { "c\($0)@example.com" }))
        }
    }

    @Test("jobs: list, one, every page, a seeded job", arguments: WireVariant.documentedVariants)
    func jobs(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            let seeded = try await sandbox.controls.seedJob(JobBody(title: "Site Reliability Engineer", city: "Oslo",
                                                                   state: "Oslo", country: "Norway"))
            let page = try await client.jobs(page: 1, perPage: 10)
            #expect(page.jobs.contains { $0.id == seeded.id })
            #expect(page.totalJobs == page.jobs.count)
            let one = try await client.job(id: seeded.id.value)
            #expect(one.title == "Site Reliability Engineer")
            #expect(try await client.allJobs().map(\.id) == page.jobs.map(\.id))
        }
    }
}
