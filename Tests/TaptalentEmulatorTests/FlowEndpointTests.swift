import Testing
import TaptalentAPI
import TaptalentEmulator

@Suite struct FlowEndpointTests {
    @Test func createListGetAndTheDocumentedValidation() async throws {
        try await TestEmulator.with { sandbox async throws in
            let quiz = try #require(try await sandbox.createAssessment(["testName": "Quiz screen"])["assessmentId"].string)
            let voice = try #require(try await sandbox.createAssessment(["testName": "Voice screen"])["assessmentId"].string)
            let created = try await sandbox.api("POST", WirePath.flows, [
                "flowName": "Hiring", "steps": [["assessmentId": quiz, "passThreshold": 60], ["assessmentId": voice, "passThreshold": 75.5]],
            ])
            #expect(created.status == 200)
            let id = try #require(created.data["id"].int)
            #expect(created.data["status"].string == "ACTIVE")
            #expect(created.data["steps"][1]["passThreshold"].double == 75.5)
            #expect(created.data["steps"][0]["assessmentName"].string == "Quiz screen")
            #expect(created.data["steps"][0]["assessmentType"].string == "AUDIO_INTERVIEW")

            let list = try await sandbox.api("GET", WirePath.flows)
            #expect(list.data.array.count == 1 && list.data[0]["candidateCount"].int == 0)
            #expect(try await sandbox.api("GET", WirePath.flow(String(id))).data["flowName"].string == "Hiring")
            #expect(try await sandbox.api("GET", WirePath.flow("999")).status == 404)

            let outOfRange = try await sandbox.api("POST", WirePath.flows, [
                "flowName": "Bad", "steps": [["assessmentId": quiz, "passThreshold": 101]],
            ])
            #expect(outOfRange.status == 400)
            #expect(outOfRange.details["steps[0].passThreshold"].string != nil)
            let unknown = try await sandbox.api("POST", WirePath.flows, [
                "flowName": "Bad", "steps": [["assessmentId": quiz, "passThreshold": 50], ["assessmentId": "nope", "passThreshold": 50]],
            ])
            #expect(unknown.status == 400)
            #expect(unknown.details["steps[1].assessmentId"].string != nil)
            let empty = try await sandbox.api("POST", WirePath.flows, ["flowName": "Bad", "steps": [] as [Any]])
            #expect(empty.details["steps"].string != nil)
            #expect(try await sandbox.api("GET", WirePath.flows).data.array.count == 1, "nothing was created by a refused POST")
        }
    }

    @Test func patchAllowsThresholdsAndAppendsOnlyThenAssignsOncePerAddress() async throws {
        try await TestEmulator.with { sandbox async throws in
            let quiz = try #require(try await sandbox.createAssessment(["testName": "Quiz screen"])["assessmentId"].string)
            let voice = try #require(try await sandbox.createAssessment(["testName": "Voice screen"])["assessmentId"].string)
            let flow = try await sandbox.api("POST", WirePath.flows, [
                "flowName": "Hiring", "steps": [["assessmentId": quiz, "passThreshold": 60, "name": "Quiz"]],
            ])
            let id = String(try #require(flow.data["id"].int))

            let grown = try await sandbox.api("PATCH", WirePath.flow(id), [
                "steps": [["assessmentId": quiz, "passThreshold": 65], ["assessmentId": voice, "passThreshold": 80]],
            ])
            #expect(grown.status == 200)
            #expect(grown.data["steps"].array.map { $0["passThreshold"].double } == [65, 80])
            #expect(grown.data["steps"][0]["name"].string == "Quiz", "a field left out is kept")

            let swapped = try await sandbox.api("PATCH", WirePath.flow(id), [
                "steps": [["assessmentId": voice, "passThreshold": 80], ["assessmentId": quiz, "passThreshold": 65]],
            ])
            #expect(swapped.status == 400)
            #expect(swapped.details["steps"].string?.contains("cannot change existing step 1") == true)
            let removed = try await sandbox.api("PATCH", WirePath.flow(id), ["steps": [["assessmentId": quiz, "passThreshold": 65]]])
            #expect(removed.status == 400)
            #expect(removed.details["steps"].string?.contains("cannot remove") == true)

            let path = WirePath.flowAssign(id)
            let first = try await sandbox.api("POST", path, ["email": "Ann@Example.com", "firstName": "Ann"])
            #expect(first.data["alreadyInvited"].bool == false)
            let again = try await sandbox.api("POST", path, ["email": "ann@example.com"])
            #expect(again.data["alreadyInvited"].bool == true)
            let emails = try await sandbox.wireCounters()["emails"]
            #expect(emails["flow \(id) ann@example.com"].int == 1)

            // Status follows completions: passing the quiz moves to step 2.
            _ = try await sandbox.control("POST", EmulatorControlPath.completions(quiz), ["email": "ann@example.com", "score": 70])
            let inProgress = try await sandbox.api("GET", WirePath.flowCandidates(id) + "?status=IN_PROGRESS")
            #expect(inProgress.data["candidates"].array.map { $0["email"].string } == ["Ann@Example.com"])
            #expect(inProgress.data["candidates"][0]["currentStep"].int == 2)
            #expect(try await sandbox.api("GET", WirePath.flowCandidates(id) + "?status=BOGUS").status == 400)

            let retired = try await sandbox.api("PATCH", WirePath.flow(id), ["status": "INACTIVE"])
            #expect(retired.data["status"].string == "INACTIVE")
            let refused = try await sandbox.api("POST", path, ["email": "bob@example.com"])
            #expect(refused.status == 400 && refused.details["status"].string != nil)
        }
    }

    @Test func flowsSurviveARestartFromTheDataDirectory() async throws {
        let directory = TemporaryFolder.unusedURL("emulator").path
        var id = ""
        try await TestEmulator.with(EmulatorOptions(dataDirectory: directory, testControls: true)) { sandbox async throws in
            let quiz = try #require(try await sandbox.createAssessment(["testName": "Quiz screen"])["assessmentId"].string)
            let flow = try await sandbox.api("POST", WirePath.flows, ["flowName": "Hiring", "steps": [["assessmentId": quiz, "passThreshold": 60]]])
            id = String(try #require(flow.data["id"].int))
            _ = try await sandbox.api("POST", WirePath.flowAssign(id), ["email": "ann@example.com"])
        }
        try await TestEmulator.with(EmulatorOptions(dataDirectory: directory, testControls: true)) { sandbox async throws in
            #expect(try await sandbox.api("GET", WirePath.flow(id)).data["candidateCount"].int == 1)
            let again = try await sandbox.api("POST", WirePath.flowAssign(id), ["email": "ann@example.com"])
            #expect(again.data["alreadyInvited"].bool == true)
        }
    }
}
