import Testing
import TaptalentAPI

@Suite struct InviteTests {
    @Test func repeatInviteIgnoringCaseSendsNoSecondEmail() async throws {
        try await TestEmulator.with { emulator async throws in
            let id = try #require(try await emulator.createAssessment()["assessmentId"].string)
            let first = try await emulator.api("POST", WirePath.invite(id), ["email": "Ana@Example.com", "firstName": "Ana"])
            #expect(first.status == 200)
            #expect(first.data["status"].string == "INVITED")
            #expect(first.data["alreadyInvited"].bool == false)
            #expect(first.data["email"].string == "Ana@Example.com")
            let again = try await emulator.api("POST", WirePath.invite(id), ["email": "ana@example.COM"])
            #expect(again.status == 200)
            #expect(again.data["alreadyInvited"].bool == true)
            #expect(again.data["invitedAt"].int == first.data["invitedAt"].int)
            let other = try await emulator.createAssessment()
            let otherId = try #require(other["assessmentId"].string)
            #expect(try await emulator.api("POST", WirePath.invite(otherId), ["email": "ana@example.com"]).data["alreadyInvited"].bool == false)

            let emails = try await emulator.wireCounters()["emails"]
            #expect(emails["\(id) ana@example.com"].int == 1)
            #expect(emails["\(otherId) ana@example.com"].int == 1)
            #expect(emails.keys.count == 2)
        }
    }

    @Test func inactiveAssessmentRefusesInvites() async throws {
        try await TestEmulator.with { emulator async throws in
            let id = try #require(try await emulator.createAssessment(["status": "INACTIVE"])["assessmentId"].string)
            let refused = try await emulator.api("POST", WirePath.invite(id), ["email": "ben@example.com"])
            #expect(refused.status == 400)
            #expect(refused.details["status"].string?.contains("INACTIVE") == true)
            #expect(try await emulator.wireCounters()["emails"].keys.isEmpty)
            #expect(try await emulator.api("POST", WirePath.invite("missing"), ["email": "ben@example.com"]).status == 404)
        }
    }

    @Test func completionsAreListedAndCounted() async throws {
        try await TestEmulator.with { emulator async throws in
            let id = try #require(try await emulator.createAssessment()["assessmentId"].string)
            _ = try await emulator.api("POST", WirePath.invite(id), ["email": "cara@example.com"])
            for index in 0..<12 {
                let recorded = try await emulator.control("POST", EmulatorControlPath.completions(id), [
                    "email": "c\(index)@example.com", "firstName": "Cara", "lastName": "Diaz", "score": 70 + index,
                    "cefrLevel": index.isMultiple(of: 2) ? "B2" : null,
                ])
                #expect(recorded.status == 200)
            }
            let page = try await emulator.api("GET", WirePath.candidates(id) + "?pageNumber=2&perPage=10")
            #expect(page.status == 200)
            #expect(page.data["pagination"]["total"].int == 12)
            let candidates = page.data["candidates"].array
            #expect(candidates.count == 2)
            let last = try #require(candidates.last)
            #expect(last["email"].string == "c11@example.com")
            #expect(last["status"].string == "COMPLETED")
            #expect(last["score"].int == 81)
            #expect(last["cefrLevel"].isNull)
            #expect(candidates.first?["cefrLevel"].string == "B2")
            #expect(last["firstName"].string == "Cara" && last["lastName"].string == "Diaz")
            #expect(last["candidateId"].string != nil && last["reportUrl"].string != nil)
            #expect((last["submittedAt"].int ?? 0) > 1_600_000_000_000)
            #expect(try await emulator.api("GET", WirePath.assessment(id)).data["submissionCount"].int == 12)

            let bad = try await emulator.control("POST", EmulatorControlPath.completions(id), ["email": "x@example.com", "score": 101, "cefrLevel": "D1"])
            #expect(bad.status == 400)
            #expect(bad.details["score"].exists && bad.details["cefrLevel"].exists)
            #expect(try await emulator.control("POST", EmulatorControlPath.completions("missing"), ["email": "x@example.com", "score": 1]).status == 404)
            #expect(try await emulator.api("GET", WirePath.candidates("missing")).status == 404)
        }
    }
}
