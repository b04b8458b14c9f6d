import Foundation
import Testing
import TaptalentAPI

@Suite("Requests as sent")
struct RequestShapeTests {
    let assessment = #"{"status":"success","data":{"assessmentId":"a/1","testName":"Backend"}}"#

    @Test("Bearer key only in the Authorization header, JSON body with content type, ids escaped")
    func headers() async throws {
        let (client, transport, _) = try scriptedClient([.answer(status: 200, body: assessment)])
        _ = try await client.updateAssessment(id: "a/1?x", AssessmentBody(testName: "Backend"))
        let request = try #require(transport.sent.first)
        #expect(request.httpMethod == "PUT")
        #expect(request.url?.absoluteString == "http://127.0.0.1:9/v1/partner/assessment/a%2F1%3Fx")
        #expect(request.value(forHTTPHeaderField: "Authorization") == "Bearer " + testKeyText)
        #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/json")
        #expect(String(decoding: try #require(request.httpBody), as: UTF8.self) == #"{"testName":"Backend"}"#)
    }

    @Test("every POST and PUT declares its JSON body, as the contract asks")
    func contentTypeOnEveryWrite() async throws {
        let (client, transport, _) = try scriptedClient(Array(repeating: .answer(status: 200, body: assessment), count: 2))
        _ = try? await client.createAudioInterview(AssessmentBody(testName: "Backend"))
        _ = try? await client.updateAssessment(id: "1", AssessmentBody(testName: "Backend"))
        #expect(transport.sent.count == 2)
        for request in transport.sent {
            #expect(request.value(forHTTPHeaderField: WireHeader.contentType) == WireHeader.json, "\(request.httpMethod ?? "")")
        }
    }

    @Test("list calls send pageNumber and perPage")
    func pageQuery() async throws {
        let body = #"{"jobs":[],"totalJobs":0}"#
        let (client, transport, _) = try scriptedClient([.answer(status: 200, body: body)])
        _ = try await client.jobs(page: 3, perPage: 40)
        #expect(transport.sent.first?.url?.query == "pageNumber=3&perPage=40")
    }

    @Test("read-only refuses writes before sending anything")
    func readOnly() async throws {
        let (client, transport, _) = try scriptedClient([], readOnly: true)
        let error = try await #require(throws: TaptalentError.self) {
            try await client.deleteQuestion(assessmentId: "a1", questionId: "q1")
        }
        #expect(transport.sent.isEmpty)
        #expect(error.kind == .readOnlyRefused)
        #expect(error.description == "DELETE /assessment/a1/questions/q1 refused: this client is read-only (nothing was sent)")
    }

    @Test("debug lines name every request and answer, never the key, even when the server echoes it")
    func debugRedacted() async throws {
        let lines = LineCollector()
        let echo = #"{"error":{"code":"UNAUTHORIZED","type":"authentication_error","message":"Key \#(testKeyText) is invalid.","details":{"auth":"\#(testKeyText)"}}}"#
        let (client, _, _) = try scriptedClient([.answer(status: 401, body: echo)], debug: lines)
        let error = try await #require(throws: TaptalentError.self) { try await client.listAssessments() }
        #expect(!error.description.contains(testKeyText))
        #expect(!String(reflecting: error).contains(testKeyText))
        #expect(error.description.contains("Key [REDACTED] is invalid."))
        #expect(lines.lines.count == 2)
        #expect(lines.lines[0].hasPrefix("→ GET http://127.0.0.1:9/v1/partner/assessment?pageNumber=1&perPage=10 [attempt 1/5] Authorization: Bearer [REDACTED]"))
        #expect(lines.lines[1].hasPrefix("← 401 GET /assessment"))
        for line in lines.lines { #expect(!line.contains(testKeyText)) }
    }
}
