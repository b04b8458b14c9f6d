import Testing
import TaptalentAPI

@Suite struct ValidationTests {
    /// Sends a create body and returns the error details.
    private func createDetails(_ emulator: TestEmulator, _ fields: [String: Any]) async throws -> JSON {
        let answer = try await emulator.api("POST", WirePath.createAudioInterview, fields)
        #expect(answer.status == 400)
        #expect(answer.code == "INVALID_REQUEST")
        #expect(answer.json["error"]["type"].string == "validation_error")
        return answer.details
    }

    @Test func createReportsEveryBadFieldWithItsName() async throws {
        try await TestEmulator.with { emulator async throws in
            let details = try await createDetails(emulator, [
                "testName": "  ab  ", "duration": 4, "aiLanguage": "klingon", "status": "PAUSED",
                "purposeOfInterview": String(repeating: "p", count: 2_001), "skills": ["Swift", "swift"],
                "isEmailVerificationRequired": "yes",
            ])
            #expect(details["testName"].string == "\"testName\" length must be at least 3 characters long")
            #expect(details["hiringForRole"].string == "\"hiringForRole\" is required")
            #expect(details["duration"].string == "\"duration\" must be greater than or equal to 5")
            #expect(details["aiLanguage"].string?.hasPrefix("\"aiLanguage\" must be one of [english") == true)
            #expect(details["status"].string == "\"status\" must be one of [ACTIVE, INACTIVE]")
            #expect(details["purposeOfInterview"].string == "\"purposeOfInterview\" length must be less than or equal to 2000 characters long")
            #expect(details["skills[1]"].string == "\"skills[1]\" contains a duplicate value")
            #expect(details["isEmailVerificationRequired"].string == "\"isEmailVerificationRequired\" must be a boolean")
        }
    }

    @Test func wrongJSONTypesAreFieldErrors() async throws {
        try await TestEmulator.with { emulator async throws in
            let details = try await createDetails(emulator, [
                "testName": 42, "hiringForRole": ["Engineer"], "duration": "20", "skills": "Swift",
                "shouldEvaluateCEFR": null, "questions": [["question": 7, "timeLimit": 12.5]],
            ])
            #expect(details["testName"].string == "\"testName\" must be a string")
            #expect(details["hiringForRole"].string == "\"hiringForRole\" must be a string")
            #expect(details["duration"].string == "\"duration\" must be a number")
            #expect(details["skills"].string == "\"skills\" must be an array")
            #expect(details["shouldEvaluateCEFR"].string == "\"shouldEvaluateCEFR\" must be a boolean")
            #expect(details["questions[0].question"].string == "\"questions[0].question\" must be a string")
            #expect(details["questions[0].timeLimit"].string == "\"questions[0].timeLimit\" must be an integer")
        }
    }

    @Test func skillAndQuestionLimits() async throws {
        try await TestEmulator.with { emulator async throws in
            var details = try await createDetails(emulator, [
                "testName": "Screen", "hiringForRole": "Engineer", "skills": (1...21).map { "Skill \($0)" },
            ])
            #expect(details["skills"].string == "\"skills\" must contain less than or equal to 20 items")
            details = try await createDetails(emulator, [
                "testName": "Screen", "hiringForRole": "Engineer", "skills": ["", String(repeating: "s", count: 101)],
                "questions": [["question": "Too short"], ["question": "Long enough text", "timeLimit": 29, "idealAnswer": String(repeating: "i", count: 2_001)]],
            ])
            #expect(details["skills[0]"].string == "\"skills[0]\" is not allowed to be empty")
            #expect(details["questions[0].question"].string == "\"questions[0].question\" length must be at least 10 characters long")
            #expect(details["questions[1].timeLimit"].string == "\"questions[1].timeLimit\" must be greater than or equal to 30")
            #expect(details["questions[1].idealAnswer"].string == "\"questions[1].idealAnswer\" length must be less than or equal to 2000 characters long")
            details = try await createDetails(emulator, [
                "testName": "Screen", "hiringForRole": "Engineer",
                "questions": (1...51).map { ["question": "Question text number \($0)"] },
            ])
            #expect(details["questions"].string == "\"questions\" must contain less than or equal to 50 items")
            let fifty = try await emulator.createAssessment(questions: 50)
            #expect(fifty["questionCount"].int == 50)
        }
    }

    @Test func unknownFieldsAndMissingJobsAreRejected() async throws {
        try await TestEmulator.with { emulator async throws in
            var details = try await createDetails(emulator, ["testName": "Screen", "hiringForRole": "Engineer", "colour": "blue"])
            #expect(details["colour"].string == "\"colour\" is not allowed")
            details = try await createDetails(emulator, ["testName": "Screen", "hiringForRole": "Engineer", "jobId": "424242"])
            #expect(details["jobId"].string == "\"jobId\" must reference an existing job")

            let created = try await emulator.createAssessment()
            let id = try #require(created["assessmentId"].string)
            let update = try await emulator.api("PUT", WirePath.assessment(id), ["questions": [], "assessmentId": "x"])
            #expect(update.status == 400)
            #expect(update.details["questions"].string == "\"questions\" is not allowed")
            #expect(update.details["assessmentId"].string == "\"assessmentId\" is not allowed")
            let unchanged = try await emulator.api("GET", WirePath.assessment(id))
            #expect(unchanged.data["lastUpdatedOn"].int == created["lastUpdatedOn"].int)
        }
    }

    @Test func malformedJSONIs400AndNeverA500() async throws {
        try await TestEmulator.with { emulator async throws in
            for raw in ["{\"testName\": ", "not json", "[1, 2]", "\"text\"", "{\"testName\": \"\u{0}\"}"] {
                let answer = try await emulator.api("POST", WirePath.createAudioInterview, raw: raw)
                #expect(answer.status == 400, "body \(raw)")
                #expect(answer.code == "INVALID_REQUEST", "body \(raw)")
            }
            let created = try await emulator.createAssessment()
            let id = try #require(created["assessmentId"].string)
            for path in [WirePath.questions(id), WirePath.invite(id), WirePath.generateQuestions(id), WirePath.autoGenerate] {
                let answer = try await emulator.api("POST", path, raw: "{oops")
                #expect(answer.status == 400, "\(path)")
            }
        }
    }

    @Test func missingOrWrongKeyIs401AndUnknownRouteIs404() async throws {
        try await TestEmulator.with { emulator async throws in
            let none = try await emulator.api("GET", WirePath.assessments, key: .none)
            #expect(none.status == 401)
            #expect(none.code == "UNAUTHORIZED")
            let wrong = try await emulator.api("GET", WirePath.jobs, key: "sk_test_0000000000000000000000")
            #expect(wrong.status == 401)
            let route = try await emulator.api("GET", "no/such/route")
            #expect(route.status == 404)
            #expect(route.code == "NOT_FOUND")
            let method = try await emulator.api("DELETE", WirePath.assessments)
            #expect(method.status == 404)
        }
    }

    @Test func inviteValidation() async throws {
        try await TestEmulator.with { emulator async throws in
            let id = try #require(try await emulator.createAssessment()["assessmentId"].string)
            for email in ["", "no-at-sign", "a@b", "two@@example.com", "sp ace@example.com"] {
                let answer = try await emulator.api("POST", WirePath.invite(id), ["email": email])
                #expect(answer.status == 400, "\(email)")
                #expect(answer.details["email"].exists, "\(email)")
            }
            let names = try await emulator.api("POST", WirePath.invite(id), [
                "email": "ana@example.com", "firstName": String(repeating: "a", count: 201),
            ])
            #expect(names.details["firstName"].string == "\"firstName\" length must be less than or equal to 200 characters long")
            let missing = try await emulator.api("POST", WirePath.invite(id), [String: Any]())
            #expect(missing.details["email"].string == "\"email\" is required")
        }
    }
}
