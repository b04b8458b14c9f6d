import Foundation
import Testing
@testable import TaptalentAPI

@Suite("Success envelopes")
struct EnvelopeTests {
    let job = #"{"id":1001,"title":"Backend Engineer","city":"Berlin","state":"BE","country":"DE","status":"ACTIVE","extra":{"x":1}}"#

    @Test("status:success envelope")
    func statusSuccess() throws {
        let body = Data(#"{"status":"success","data":\#(job)}"#.utf8)
        #expect(try Envelope.form(of: body) == .statusSuccess)
        let decoded = try Envelope.decode(WireJob.self, from: body)
        #expect(decoded.id.value == "1001")
        #expect(decoded.title == "Backend Engineer")
    }

    @Test("success:true envelope")
    func successTrue() throws {
        let body = Data(#"{"success":true,"message":"ok","data":\#(job)}"#.utf8)
        #expect(try Envelope.form(of: body) == .successTrue)
        #expect(try Envelope.decode(WireJob.self, from: body).city == "Berlin")
    }

    @Test("bare object, unknown fields ignored")
    func bare() throws {
        let body = Data(job.utf8)
        #expect(try Envelope.form(of: body) == .bare)
        #expect(try Envelope.decode(WireJob.self, from: body).country == "DE")
    }

    @Test("a decoding failure inside an envelope names the path from data")
    func decodingPath() throws {
        let body = Data(#"{"status":"success","data":{"assessments":[{"assessmentId":"a","testName":"T","duration":"20"}],"pagination":{"page":1,"limit":10,"total":1}}}"#.utf8)
        let error = try #require(throws: DecodingError.self) { try Envelope.decode(WireAssessmentList.self, from: body) }
        let text = DecodingErrorText.describe(error)
        #expect(text.hasPrefix("data.assessments[0].duration: expected Int"), "\(text)")
    }

    @Test("the client reports an undecodable answer as a decoding error naming the endpoint")
    func clientDecodingError() async throws {
        let (client, _, _) = try scriptedClient([.answer(status: 200, body: #"{"status":"success","data":{"questionId":5}}"#)])
        let error = try await #require(throws: TaptalentError.self) { try await client.assessment(id: "abc") }
        guard case .decoding = error.kind else { Issue.record("expected decoding, got \(error.kind)"); return }
        #expect(error.description.hasPrefix("GET /assessment/abc: the response does not match the API contract: data.assessmentId: missing"),
                "\(error)")
    }
}
