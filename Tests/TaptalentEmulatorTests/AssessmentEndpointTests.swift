import Testing
import TaptalentAPI

@Suite struct AssessmentEndpointTests {
    @Test func createReturnsEveryDocumentedFieldWithDefaults() async throws {
        try await TestEmulator.with { emulator async throws in
            let created = try await emulator.createAssessment(["testName": "  Backend screen  "], questions: 2)

            #expect(created["testName"].string == "Backend screen")
            #expect(created["assessmentId"].string?.isEmpty == false)
            #expect(created["companyId"].string != nil)
            #expect(created["jobId"].isNull)
            #expect(created["purposeOfInterview"].isNull)
            #expect(created["status"].string == "ACTIVE")
            #expect(created["assessmentType"].string == "AUDIO_INTERVIEW")
            #expect(created["questionCount"].int == 2)
            #expect(created["duration"].int == 20)
            #expect(created["aiLanguage"].string == "english")
            #expect(created["skills"].array.isEmpty && created["skills"].exists)
            #expect(created["buckets"].array.isEmpty && created["buckets"].exists)
            #expect(created["isEmailVerificationRequired"].bool == false)
            #expect(created["shouldEvaluateCEFR"].bool == false)
            #expect(created["createdAt"].int == created["lastUpdatedOn"].int)
            #expect((created["createdAt"].int ?? 0) > 1_600_000_000_000)
            #expect(created["createdBy"].string != nil)
            #expect(created["assessmentUrl"].string?.contains(created["assessmentId"].string!) == true)
            #expect(created["postedBy"]["email"].string != nil)
            #expect(created["submissionCount"].int == 0)
            let question = created["questions"][0]
            #expect(question["timeLimit"].int == 120)
            #expect(question["idealAnswer"].isNull)
            #expect(question["order"].int == 1)
            #expect(created["questions"][1]["order"].int == 2)
        }
    }

    @Test func getReturnsQuestionsSortedByOrderAndUnknownIdIs404() async throws {
        try await TestEmulator.with { emulator async throws in
            let created = try await emulator.createAssessment(["questions": [
                ["question": "Second question text", "order": 2],
                ["question": "First question text", "order": 1],
            ]])
            let id = try #require(created["assessmentId"].string)
            let answer = try await emulator.api("GET", WirePath.assessment(id))
            #expect(answer.status == 200)
            #expect(answer.json["status"].string == "success")
            #expect(questionTexts(answer.data) == ["First question text", "Second question text"])
            #expect(answer.data["questions"].array.map { $0["order"].int } == [1, 2])

            let missing = try await emulator.api("GET", WirePath.assessment("nope"))
            #expect(missing.status == 404)
            #expect(missing.code == "NOT_FOUND")
        }
    }

    @Test func updateIsPartialAndCanClearNullableFields() async throws {
        try await TestEmulator.with { emulator async throws in
            let created = try await emulator.createAssessment([
                "jobId": "1001", "purposeOfInterview": "Find out depth", "skills": ["Swift"], "duration": 30,
            ])
            let id = try #require(created["assessmentId"].string)
            let updated = try await emulator.api("PUT", WirePath.assessment(id), [
                "status": "INACTIVE", "jobId": null, "purposeOfInterview": null, "shouldEvaluateCEFR": true,
            ])
            #expect(updated.status == 200)
            #expect(updated.data["status"].string == "INACTIVE")
            #expect(updated.data["jobId"].isNull)
            #expect(updated.data["purposeOfInterview"].isNull)
            #expect(updated.data["shouldEvaluateCEFR"].bool == true)
            #expect(updated.data["duration"].int == 30)
            #expect(updated.data["skills"][0].string == "Swift")
            #expect(updated.data["testName"].string == created["testName"].string)
            #expect(updated.data["questions"].exists)

            let numericJob = try await emulator.api("PUT", WirePath.assessment(id), ["jobId": 1002])
            #expect(numericJob.data["jobId"].string == "1002")
        }
    }

    @Test func listPaginatesNewestFirstWithTotals() async throws {
        try await TestEmulator.with { emulator async throws in
            var ids: [String] = []
            for index in 1...12 {
                ids.append(try #require(try await emulator.createAssessment(["testName": "Screen \(index)"], questions: 1)["assessmentId"].string))
            }
            let first = try await emulator.api("GET", WirePath.assessments)
            #expect(first.data["pagination"]["page"].int == 1)
            #expect(first.data["pagination"]["limit"].int == 10)
            #expect(first.data["pagination"]["total"].int == 12)
            #expect(first.data["assessments"].array.count == 10)
            #expect(first.data["assessments"][0]["assessmentId"].string == ids.last)
            #expect(!first.data["assessments"][0]["questions"].exists)
            #expect(first.data["assessments"][0]["questionCount"].int == 1)

            let second = try await emulator.api("GET", WirePath.assessments + "?pageNumber=2&perPage=10")
            let seen = (first.data["assessments"].array + second.data["assessments"].array).compactMap { $0["assessmentId"].string }
            #expect(Set(seen) == Set(ids))
            let beyond = try await emulator.api("GET", WirePath.assessments + "?pageNumber=9&perPage=20")
            #expect(beyond.status == 200 && beyond.data["assessments"].array.isEmpty)
        }
    }

    @Test(arguments: ["perPage=15", "perPage=0", "perPage=abc", "perPage=1000"])
    func perPageOutsideTheAllowedSizesIs400(_ query: String) async throws {
        try await TestEmulator.with { emulator async throws in
            for path in [WirePath.assessments, WirePath.jobs] {
                let answer = try await emulator.api("GET", path + "?" + query)
                #expect(answer.status == 400)
                #expect(answer.code == "INVALID_REQUEST")
                #expect(answer.details["perPage"].string?.hasPrefix("\"perPage\"") == true)
            }
        }
    }

    @Test(arguments: ["pageNumber=0", "pageNumber=-1", "pageNumber=x"])
    func pageNumberBelowOneIs400(_ query: String) async throws {
        try await TestEmulator.with { emulator async throws in
            let answer = try await emulator.api("GET", WirePath.assessments + "?" + query)
            #expect(answer.status == 400)
            #expect(answer.details["pageNumber"].exists)
        }
    }

    @Test func jobsAreBareAndDemoJobsHaveFixedIds() async throws {
        try await TestEmulator.with { emulator async throws in
            let list = try await emulator.api("GET", WirePath.jobs + "?perPage=20")
            #expect(list.status == 200)
            #expect(!list.json["status"].exists)
            #expect(list.json["totalJobs"].int == 5)
            #expect(list.json["jobs"].array.compactMap { $0["id"].string } == ["1001", "1002", "1003", "1004", "1005"])
            let job = try await emulator.api("GET", WirePath.job("1001"))
            #expect(job.json["title"].string == "Senior Backend Engineer")
            #expect(job.json["city"].string == "Berlin")
            let missing = try await emulator.api("GET", WirePath.job("999"))
            #expect(missing.status == 404 && missing.code == "NOT_FOUND")
        }
    }
}
