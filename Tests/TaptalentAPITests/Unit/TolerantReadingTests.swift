import Foundation
import Testing
@testable import TaptalentAPI

@Suite("Tolerant reading of the forms the documentation shows")
struct TolerantReadingTests {
    static let envelopes: [(String, String)] = [
        (#"{"status":"success","data":"#, "}"), (#"{"success":true,"data":"#, "}"), ("", ""),
    ]

    static func assessment(id: String, company: String, job: String, created: String, question: String) -> String {
        #"{"assessmentId":\#(id),"testName":"T","companyId":\#(company),"jobId":\#(job),"createdAt":\#(created),"#
            + #""lastUpdatedOn":\#(created),"questions":[{"questionId":\#(question),"question":"Q","order":1}]}"#
    }

    /// One way of writing the fields, and what each reads as.
    struct Form: Sendable, CustomTestStringConvertible {
        var id, company, job, created, question: String
        var wantId, wantCompany, wantJob, wantQuestion: String
        var testDescription: String { "\(id) \(company) \(job) \(created) \(question)" }
    }

    static let forms = [
        Form(id: #""a1""#, company: #""c1""#, job: #""12345""#, created: "1700000000000", question: #""q1""#,
             wantId: "a1", wantCompany: "c1", wantJob: "12345", wantQuestion: "q1"),
        Form(id: "12345", company: "42", job: "12345", created: #""2023-11-14T22:13:20Z""#, question: "7",
             wantId: "12345", wantCompany: "42", wantJob: "12345", wantQuestion: "7"),
        Form(id: #""a1""#, company: "42", job: #""3f2b1c9e-8d4a-4b6f-9e2d-1a2b3c4d5e6f""#, created: #""2023-11-14T22:13:20.000Z""#,
             question: "7", wantId: "a1", wantCompany: "42", wantJob: "3f2b1c9e-8d4a-4b6f-9e2d-1a2b3c4d5e6f", wantQuestion: "7"),
        Form(id: #""a1""#, company: #""c1""#, job: "null", created: #""2023-11-14T23:13:20+01:00""#, question: #""q1""#,
             wantId: "a1", wantCompany: "c1", wantJob: "", wantQuestion: "q1"),
    ]

    @Test("ids as strings or integers, job ids as \"12345\", 12345 or a UUID, times as ms or ISO 8601, in every envelope",
          arguments: forms)
    func reads(form: Form) throws {
        for (open, close) in Self.envelopes {
            let text = Self.assessment(id: form.id, company: form.company, job: form.job, created: form.created, question: form.question)
            let read = try Envelope.decode(WireAssessment.self, from: Data((open + text + close).utf8))
            #expect(read.assessmentId == form.wantId)
            #expect(read.companyId?.value == form.wantCompany)
            #expect((read.jobId?.value ?? "") == form.wantJob)
            #expect(read.createdAt == 1_700_000_000_000)
            #expect(read.lastUpdatedOn == 1_700_000_000_000)
            #expect(read.questions?.first?.questionId == form.wantQuestion)
        }
    }

    @Test("invite and candidate times, and candidate ids, read in either form")
    func inviteAndCandidate() throws {
        let invite = try Envelope.decode(WireInviteResult.self, from: Data(
            #"{"success":true,"data":{"email":"a@example.com","status":"INVITED","invitedAt":"2023-11-14T22:13:20Z","alreadyInvited":false}}"#.utf8))
        #expect(invite.invitedAt == 1_700_000_000_000)
        let candidate = try JSONDecoder().decode(WireCandidate.self, from: Data(
            #"{"candidateId":991,"email":"a@example.com","submittedAt":1700000000000}"#.utf8))
        #expect(candidate.candidateId == "991")
        #expect(candidate.submittedAt == 1_700_000_000_000)
        #expect(candidate.cefrLevel == nil)
    }

    @Test("anything else is an error naming the field, not a guess")
    func rejects() {
        for body in [
            #"{"assessmentId":1.5,"testName":"T"}"#, #"{"assessmentId":true,"testName":"T"}"#,
            #"{"assessmentId":"a","testName":"T","createdAt":"yesterday"}"#, #"{"assessmentId":"a","testName":"T","jobId":2.5}"#,
        ] {
            #expect(throws: DecodingError.self, "\(body)") { try JSONDecoder().decode(WireAssessment.self, from: Data(body.utf8)) }
        }
    }

    @Test("writes send one form: ids as strings, times as epoch milliseconds, nil fields left out")
    func writesOneForm() throws {
        let read = try JSONDecoder().decode(WireAssessment.self, from: Data(
            #"{"assessmentId":12345,"testName":"T","companyId":42,"jobId":777,"createdAt":"2023-11-14T22:13:20Z"}"#.utf8))
        let written = String(decoding: try JSONCoding.encoder.encode(read), as: UTF8.self)
        #expect(written == #"{"assessmentId":"12345","companyId":"42","createdAt":1700000000000,"jobId":"777","testName":"T"}"#)
        let body = String(decoding: try JSONCoding.encoder.encode(AssessmentBody(jobId: .value("12345"))), as: UTF8.self)
        #expect(body == #"{"jobId":"12345"}"#)
    }
}
