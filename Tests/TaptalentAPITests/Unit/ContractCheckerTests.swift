import Foundation
import Testing
@testable import TaptalentAPI

@Suite("Contract checker")
struct ContractCheckerTests {
    static let assessmentFields = """
    "assessmentId":"a1","testName":"Backend","companyId":"c1","jobId":null,"status":"ACTIVE",
    "assessmentType":"AUDIO_INTERVIEW","questionCount":1,"hiringForRole":"Engineer","purposeOfInterview":"Depth",
    "duration":20,"aiLanguage":"english","skills":["Swift"],"buckets":[],"createdAt":1700000000000,
    "lastUpdatedOn":1700000000000,"createdBy":"u1","isEmailVerificationRequired":false,"shouldEvaluateCEFR":true,
    "assessmentUrl":"https://example.com/t/a1","postedBy":{"firstName":"A","lastName":"B","email":"a@example.com","clientId":"k"},
    "submissionCount":0
    """
    static let question = #"{"questionId":"q1","question":"Tell me about it.","timeLimit":120,"idealAnswer":null,"order":1}"#

    static let goodList = #"{"status":"success","data":{"assessments":[{\#(assessmentFields)}],"pagination":{"page":1,"limit":10,"total":1}}}"#
    static let goodOne = #"{"status":"success","data":{\#(assessmentFields),"questions":[\#(question)]}}"#
    static let goodJobs = #"{"jobs":[{"id":1001,"title":"Backend Engineer","city":"Berlin","state":"BE","country":"DE","status":"ACTIVE","workMode":"REMOTE"}],"totalJobs":1}"#

    func check(_ text: String, _ endpoint: ContractEndpoint) -> [String] {
        ContractChecker.check(Data(text.utf8), against: endpoint).map(\.description)
    }

    @Test("conforming samples have no mismatches")
    func good() {
        #expect(check(Self.goodList, .assessmentList) == [])
        #expect(check(Self.goodOne, .assessment) == [])
        #expect(check(Self.goodJobs, .jobList) == [])
    }

    @Test("wrong types, missing fields and unexpected values are listed by path")
    func bad() {
        let list = Self.goodList
            .replacingOccurrences(of: #""duration":20"#, with: #""duration":"20""#)
            .replacingOccurrences(of: #""companyId":"c1","#, with: "")
            .replacingOccurrences(of: #""aiLanguage":"english""#, with: #""aiLanguage":"klingon""#)
            .replacingOccurrences(of: #""skills":["Swift"]"#, with: #""skills":["Swift",3]"#)
            .replacingOccurrences(of: #""total":1"#, with: #""total":1.5"#)
        #expect(Set(check(list, .assessmentList)) == [
            "data.assessments[0].duration: expected integer, got string",
            "data.assessments[0].companyId: missing (expected id (string or integer))",
            #"data.assessments[0].aiLanguage: unexpected value "klingon" (expected one of \#(WireLimits.languages.joined(separator: ", ")))"#,
            "data.assessments[0].skills[1]: expected string, got integer",
            "data.pagination.total: expected integer, got number",
        ])
    }

    @Test("questions are checked on the one-assessment answer")
    func questions() {
        let one = Self.goodOne.replacingOccurrences(of: #""timeLimit":120"#, with: #""timeLimit":null"#)
        #expect(check(one, .assessment) == ["data.questions[0].timeLimit: expected integer, got null"])
        let noQuestions = Self.goodOne.replacingOccurrences(of: #","questions":[\#(Self.question)]"#, with: "")
        #expect(check(noQuestions, .assessment) == ["data.questions: missing (expected array of object)"])
    }

    @Test("every documented envelope is accepted, and the data inside checked")
    func envelopes() {
        let bareList = #"{"assessments":[],"pagination":{"page":1,"limit":10,"total":"0"}}"#
        #expect(check(bareList, .assessmentList) == ["pagination.total: expected integer, got string"])
        let wrappedJobs = #"{"success":true,"data":\#(Self.goodJobs)}"#
        #expect(check(wrappedJobs, .jobList) == [])
        #expect(ContractChecker.envelope(of: Data(wrappedJobs.utf8)) == .successTrue)
        #expect(ContractChecker.envelope(of: Data(Self.goodList.utf8)) == .statusSuccess)
        #expect(ContractChecker.envelope(of: Data(bareList.utf8)) == .bare)
    }

    @Test("ids may be strings or integers, times epoch milliseconds or ISO 8601; nothing else")
    func tolerantFields() {
        let variant = Self.goodOne
            .replacingOccurrences(of: #""assessmentId":"a1""#, with: #""assessmentId":12345"#)
            .replacingOccurrences(of: #""companyId":"c1""#, with: #""companyId":77"#)
            .replacingOccurrences(of: #""jobId":null"#, with: #""jobId":"3f2b1c9e-8d4a-4b6f-9e2d-1a2b3c4d5e6f""#)
            .replacingOccurrences(of: #""createdAt":1700000000000"#, with: #""createdAt":"2023-11-14T22:13:20.000Z""#)
            .replacingOccurrences(of: #""questionId":"q1""#, with: #""questionId":9"#)
        #expect(check(variant, .assessment) == [])
        let wrong = Self.goodOne
            .replacingOccurrences(of: #""assessmentId":"a1""#, with: #""assessmentId":1.5"#)
            .replacingOccurrences(of: #""createdAt":1700000000000"#, with: #""createdAt":"yesterday""#)
            .replacingOccurrences(of: #""questionId":"q1""#, with: #""questionId":true"#)
        #expect(Set(check(wrong, .assessment)) == [
            "data.assessmentId: expected id (string or integer), got number",
            "data.createdAt: expected time (epoch ms or ISO 8601), got string",
            "data.questions[0].questionId: expected id (string or integer), got boolean",
        ])
    }

    @Test("not JSON, or an error answer")
    func notSuccess() {
        #expect(check("<html>", .jobList) == ["$: the body is not JSON"])
        #expect(check(validationErrorBody, .assessment) == ["$: an error answer (INVALID_REQUEST), not a success body"])
        #expect(check("[1]", .jobList) == ["$: expected object, got array"])
    }

    @Test("generic paths group list items")
    func genericPath() {
        #expect(ContractMismatch(path: "data.assessments[12].skills[3]", problem: .missing(expected: "string")).genericPath
                == "data.assessments[*].skills[*]")
    }

    @Test("the shapes name exactly the fields the wire types encode")
    func shapesMatchCodingKeys() throws {
        func keys(_ value: some Encodable) throws -> Set<String> {
            let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any]
            return Set(try #require(object).keys)
        }
        func fields(_ shape: WireShape) -> Set<String> {
            guard case .object(let fields) = shape else { return [] }
            return Set(fields.map(\.name))
        }
        let question = WireQuestion(questionId: "q", question: "x", timeLimit: 1, idealAnswer: "y", order: 1)
        let full = WireAssessment(
            assessmentId: "a", testName: "t", companyId: "c", jobId: WireID("1"), status: "ACTIVE",
            assessmentType: "AUDIO_INTERVIEW", questionCount: 1, hiringForRole: "r", purposeOfInterview: "p",
            duration: 1, aiLanguage: "english", skills: [], buckets: .array([]), createdAt: 1, lastUpdatedOn: 1,
            createdBy: "u", isEmailVerificationRequired: true, shouldEvaluateCEFR: true, assessmentUrl: "u",
            postedBy: WirePostedBy(firstName: "f", lastName: "l", email: "e", clientId: "c"), submissionCount: 0,
            questions: [question])
        #expect(try keys(full) == fields(WireShapes.assessmentDetail))
        #expect(try keys(question) == fields(WireShapes.question))
        #expect(try keys(full.postedBy!) == fields(WireShapes.postedBy))
        #expect(try keys(WirePagination(page: 1, limit: 1, total: 1)) == fields(WireShapes.pagination))
        let candidate = WireCandidate(candidateId: "c", email: "e", firstName: "f", lastName: "l", status: "COMPLETED",
                                      score: 1, cefrLevel: "B2", submittedAt: 1, reportUrl: "u")
        #expect(try keys(candidate) == fields(WireShapes.candidate))
        let job = WireJob(id: WireID("1"), title: "t", city: "c", state: "s", country: "c", status: "ACTIVE",
                          workMode: "REMOTE", description: "d")
        #expect(try keys(job) == fields(WireShapes.job))
        #expect(try keys(WireJobList(jobs: [], totalJobs: 0)) == fields(WireShapes.jobList))
        #expect(try keys(WireCandidateList(candidates: [], pagination: WirePagination(page: 1, limit: 1, total: 1)))
                == fields(WireShapes.candidateList))
        #expect(try keys(WireAssessmentList(assessments: [], pagination: WirePagination(page: 1, limit: 1, total: 1)))
                == fields(WireShapes.assessmentList))
    }
}
