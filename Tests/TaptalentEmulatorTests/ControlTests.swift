import Testing
import TaptalentAPI
import TaptalentEmulator

@Suite struct ControlTests {
    @Test func controlsAre404UnlessEnabled() async throws {
        try await TestEmulator.with(EmulatorOptions()) { emulator async throws in
            #expect(try await emulator.control("GET", EmulatorControlPath.counters).status == 404)
            #expect(try await emulator.control("POST", EmulatorControlPath.reset).status == 404)
            #expect(try await emulator.control("PUT", EmulatorControlPath.faults, ["error500": 1]).status == 404)
            #expect(try await emulator.api("GET", WirePath.jobs).status == 200)
        }
    }

    @Test func countersUseRoutePatterns() async throws {
        try await TestEmulator.with { emulator async throws in
            let created = try await emulator.createAssessment(questions: 3)
            let id = try #require(created["assessmentId"].string)
            let questionId = try #require(created["questions"][0]["questionId"].string)
            _ = try await emulator.api("GET", WirePath.assessments)
            _ = try await emulator.api("GET", WirePath.assessment(id))
            _ = try await emulator.api("GET", WirePath.assessment(id))
            _ = try await emulator.api("PUT", WirePath.question(id, questionId), ["timeLimit": 60])
            _ = try await emulator.api("GET", WirePath.job("1002"))
            _ = try await emulator.api("GET", WirePath.assessments, key: .none)
            let counters = try await emulator.wireCounters()
            #expect(counters["requests"]["GET /assessment"].int == 2)
            #expect(counters["requests"]["GET /assessment/:assessmentId"].int == 2)
            #expect(counters["requests"]["POST /assessment/audio-interviews"].int == 1)
            #expect(counters["requests"]["PUT /assessment/:assessmentId/questions/:questionId"].int == 1)
            #expect(counters["requests"]["GET /jobs/:jobId"].int == 1)
            #expect(counters["assessmentsCreated"].int == 1)
            #expect(counters["questionsCreated"].int == 3)
        }
    }

    @Test func resetEmptiesTheStoreAndBringsBackTheDemoJobs() async throws {
        try await TestEmulator.with { emulator async throws in
            let firstId = try #require(try await emulator.createAssessment()["assessmentId"].string)
            let seeded = try await emulator.control("POST", EmulatorControlPath.jobs, [
                "title": "Warehouse Lead", "city": "Leeds", "state": "West Yorkshire", "country": "United Kingdom", "workMode": "ONSITE",
            ])
            #expect(seeded.status == 200)
            #expect(seeded.json["id"].string == "2001")
            #expect(seeded.json["status"].string == "ACTIVE")
            #expect(try await emulator.api("GET", WirePath.job("2001")).json["title"].string == "Warehouse Lead")
            let badJob = try await emulator.control("POST", EmulatorControlPath.jobs, ["title": "No", "city": "X"])
            #expect(badJob.status == 400)
            #expect(badJob.details["title"].exists && badJob.details["state"].exists && badJob.details["country"].exists)

            #expect(try await emulator.control("POST", EmulatorControlPath.reset).status == 200)
            #expect(try await emulator.api("GET", WirePath.assessments).data["pagination"]["total"].int == 0)
            #expect(try await emulator.api("GET", WirePath.assessment(firstId)).status == 404)
            #expect(try await emulator.api("GET", WirePath.jobs).json["totalJobs"].int == 5)
            #expect(try await emulator.api("GET", WirePath.job("2001")).status == 404)
            let counters = try await emulator.wireCounters()
            #expect(counters["assessmentsCreated"].int == 0)
            #expect(counters["requests"]["POST /assessment/audio-interviews"].int == nil)
            let next = try await emulator.control("POST", EmulatorControlPath.jobs, ["title": "Sous Chef", "city": "Lyon", "state": "Rhône", "country": "France"])
            #expect(next.json["id"].string == "2002", "job ids are never reused")
            let secondId = try await emulator.createAssessment()["assessmentId"].string
            #expect(secondId != firstId)
        }
    }
}
