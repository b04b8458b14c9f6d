import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator

@Suite struct DurabilityTests {
    @Test func stateSurvivesARestart() async throws {
        let directory = TemporaryFolder.unusedURL("emulator").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, apiKey: "sk_test_abcdefghijklmnopqrstuv", testControls: true))
        let created = try await first.createAssessment(["jobId": "1003", "skills": ["Empathy"]], questions: 3)
        let id = try #require(created["assessmentId"].string)
        let questionId = try #require(created["questions"][2]["questionId"].string)
        _ = try await first.api("PUT", WirePath.question(id, questionId), ["order": 1])
        _ = try await first.api("POST", WirePath.invite(id), ["email": "dana@example.com"])
        _ = try await first.control("POST", EmulatorControlPath.completions(id), ["email": "dana@example.com", "score": 88, "cefrLevel": "C1"])
        _ = try await first.control("POST", EmulatorControlPath.jobs, ["title": "Night Porter", "city": "Porto", "state": "Porto", "country": "Portugal"])
        let before = try await first.api("GET", WirePath.assessment(id))
        await first.stop()
        await first.stop()

        let second = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, apiKey: "sk_test_abcdefghijklmnopqrstuv", testControls: true))
        let after = try await second.api("GET", WirePath.assessment(id))
        #expect(after.json["data"].value == before.json["data"].value)
        #expect(after.data["submissionCount"].int == 1)
        #expect(try await second.api("POST", WirePath.invite(id), ["email": "DANA@example.com"]).data["alreadyInvited"].bool == true)
        #expect(try await second.api("GET", WirePath.job("2001")).json["title"].string == "Night Porter")
        #expect(try await second.api("GET", WirePath.candidates(id)).data["candidates"][0]["score"].int == 88)
        await second.stop()
    }

    @Test func aTornLastJournalLineIsDroppedOnLoad() async throws {
        let directory = TemporaryFolder.unusedURL("emulator").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        let kept = try #require(try await first.createAssessment(["testName": "Kept screen"])["assessmentId"].string)
        let torn = try #require(try await first.createAssessment(["testName": "Torn screen"])["assessmentId"].string)
        await first.stop()

        let journal = directory + "/journal.log"
        let data = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(data.last == UInt8(ascii: "\n"))
        try data.dropLast(25).write(to: URL(fileURLWithPath: journal))

        let second = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        let list = try await second.api("GET", WirePath.assessments)
        #expect(list.data["pagination"]["total"].int == 1)
        #expect(try await second.api("GET", WirePath.assessment(kept)).status == 200)
        #expect(try await second.api("GET", WirePath.assessment(torn)).status == 404)
        let third = try #require(try await second.createAssessment(["testName": "After the tear"])["assessmentId"].string)
        await second.stop()

        let reloaded = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        #expect(try await reloaded.api("GET", WirePath.assessment(third)).status == 200)
        #expect(try await reloaded.api("GET", WirePath.assessments).data["pagination"]["total"].int == 2)
        await reloaded.stop()
    }

    @Test func aDamagedLineIsDroppedWithEverythingAfterIt() async throws {
        let directory = TemporaryFolder.unusedURL("emulator").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        _ = try await first.createAssessment(["testName": "Good screen"])
        await first.stop()
        let journal = URL(fileURLWithPath: directory + "/journal.log")
        var data = try Data(contentsOf: journal)
        data.append(Data("0badc0de {\"seq\":99}\n".utf8))
        try data.write(to: journal)
        let second = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        #expect(try await second.api("GET", WirePath.assessments).data["assessments"][0]["testName"].string == "Good screen")
        await second.stop()
    }

    /// A kill -9 leaves the files as they are after the last answered write: copy them while the
    /// emulator still runs (it is never stopped before the copy), and start a second one on the copy.
    @Test func everyAnsweredWriteSurvivesAnAbruptStop() async throws {
        let directory = TemporaryFolder.unusedURL("emulator").path
        let copy = TemporaryFolder.unusedURL("emulator").path
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            try? FileManager.default.removeItem(atPath: copy)
        }
        let running = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        var ids: [String] = []
        for index in 0..<5 {
            ids.append(try #require(try await running.createAssessment(["testName": "Screen \(index)"], questions: 2)["assessmentId"].string))
        }
        _ = try await running.api("POST", WirePath.questions(ids[0]), ["question": "Added before the crash", "order": 1])
        try FileManager.default.copyItem(atPath: directory, toPath: copy)

        let recovered = try await TestEmulator.start(EmulatorOptions(dataDirectory: copy, testControls: true))
        #expect(try await recovered.api("GET", WirePath.assessments).data["pagination"]["total"].int == 5)
        #expect(questionTexts(try await recovered.api("GET", WirePath.assessment(ids[0])).data).first == "Added before the crash")
        await recovered.stop()
        await running.stop()
    }

    @Test func aDataDirectoryInUseIsRefused() async throws {
        let directory = TemporaryFolder.unusedURL("emulator").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        await #expect {
            _ = try await Emulator.start(EmulatorOptions(dataDirectory: directory))
        } throws: { error in
            (error as? EmulatorStartError).map { "\($0)".contains("in use") } ?? false
        }
        await first.stop()
        let again = try await TestEmulator.start(EmulatorOptions(dataDirectory: directory, testControls: true))
        await again.stop()
    }
}
