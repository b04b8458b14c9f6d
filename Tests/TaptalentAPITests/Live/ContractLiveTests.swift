import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator

@Suite("Contract check against the emulator")
struct ContractLiveTests {
    @Test("the emulator's list, one-assessment, candidates and job answers match the contract", arguments: WireVariant.documentedVariants)
    func emulatorConforms(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient(readOnly: false)
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

    @Test("each variant answers as it says: envelope, ids, times, and the planted mistakes", arguments: WireVariant.allCases)
    func variantsAnswerAsTheySay(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            let created = try await client.rawSend(.post, WirePath.createAudioInterview, body: sampleAssessment()).body
            let jobs = try await client.rawGet(WirePath.jobs)
            let form = try #require(ContractChecker.envelope(of: created))
            let jobsForm = try #require(ContractChecker.envelope(of: jobs))
            let payload = try #require(Self.payload(created))
            let question = try #require(Self.firstQuestion(payload))
            let job = try #require(Self.payload(jobs).flatMap { Self.list($0, "jobs").first })
            switch variant {
            case .successTrue: #expect(form == .successTrue && jobsForm == .successTrue)
            case .bare: #expect(form == .bare && jobsForm == .bare)
            default: #expect(form == .statusSuccess && jobsForm == .bare)
            }
            let integers = variant == .integerIDs
            for (object, field) in [(payload, "assessmentId"), (payload, "companyId"), (question, "questionId"), (job, "id")] {
                if case .number? = object[field] { #expect(integers, "\(field)") } else { #expect(!integers, "\(field)") }
            }
            if variant == .uuidIDs, case .string(let id)? = payload["assessmentId"] { #expect(UUID(uuidString: id) != nil) }
            if case .string(let time)? = payload["createdAt"] {
                #expect(variant == .isoTimestamps && TolerantRead.millis(iso8601: time) != nil)
            } else {
                #expect(variant != .isoTimestamps)
            }
            let mismatches = ContractChecker.check(created, against: .create).map(\.description)
            switch variant {
            case .wrongRenamedField:
                #expect(mismatches == ["data.duration: missing (expected integer)"])
                #expect(payload["durationMinutes"] == .number(25))
            case .wrongStringNumber:
                #expect(mismatches == ["data.questions[0].timeLimit: expected integer, got string",
                                       "data.questions[1].timeLimit: expected integer, got string"])
            default:
                #expect(mismatches == [])
            }
        }
    }

    static func payload(_ body: Data) -> [String: JSONValue]? {
        guard case .object(let top)? = try? JSONDecoder().decode(JSONValue.self, from: body) else { return nil }
        if case .object(let data)? = top["data"] { return data }
        return top
    }

    static func list(_ object: [String: JSONValue], _ key: String) -> [[String: JSONValue]] {
        guard case .array(let items)? = object[key] else { return [] }
        return items.compactMap { if case .object(let item) = $0 { item } else { nil } }
    }

    static func firstQuestion(_ payload: [String: JSONValue]) -> [String: JSONValue]? { list(payload, "questions").first }
}
