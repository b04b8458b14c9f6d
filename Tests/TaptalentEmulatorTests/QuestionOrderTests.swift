import Testing
import TaptalentAPI

@Suite struct QuestionOrderTests {
    private func orders(_ emulator: TestEmulator, _ id: String) async throws -> [String] {
        let answer = try await emulator.api("GET", WirePath.assessment(id))
        let questions = answer.data["questions"].array
        #expect(questions.map { $0["order"].int } == questions.indices.map { $0 + 1 })
        return questionTexts(answer.data)
    }

    @Test func addAppendsOrInsertsAndShifts() async throws {
        try await TestEmulator.with { emulator async throws in
            let id = try #require(try await emulator.createAssessment(questions: 2)["assessmentId"].string)
            let appended = try await emulator.api("POST", WirePath.questions(id), ["question": "Appended question text", "timeLimit": 90])
            #expect(appended.status == 200)
            #expect(appended.data["order"].int == 3)
            #expect(appended.data["timeLimit"].int == 90)
            #expect(appended.data["idealAnswer"].isNull)
            let inserted = try await emulator.api("POST", WirePath.questions(id), ["question": "Inserted first text", "order": 1, "idealAnswer": "Covers it"])
            #expect(inserted.data["order"].int == 1)
            #expect(try await orders(emulator, id) == [
                "Inserted first text", "Question text number 1?", "Question text number 2?", "Appended question text",
            ])
            let tooFar = try await emulator.api("POST", WirePath.questions(id), ["question": "Out of range text", "order": 6])
            #expect(tooFar.status == 400)
            #expect(tooFar.details["order"].string == "\"order\" must be less than or equal to 5")
        }
    }

    @Test func updateMovesAndDeleteClosesTheGap() async throws {
        try await TestEmulator.with { emulator async throws in
            let created = try await emulator.createAssessment(questions: 4)
            let id = try #require(created["assessmentId"].string)
            let ids = created["questions"].array.compactMap { $0["questionId"].string }

            let moved = try await emulator.api("PUT", WirePath.question(id, ids[0]), ["order": 3, "question": "Moved question text"])
            #expect(moved.status == 200)
            #expect(moved.data["order"].int == 3)
            #expect(moved.data["questionId"].string == ids[0])
            #expect(try await orders(emulator, id) == [
                "Question text number 2?", "Question text number 3?", "Moved question text", "Question text number 4?",
            ])
            let up = try await emulator.api("PUT", WirePath.question(id, ids[3]), ["order": 1])
            #expect(up.data["order"].int == 1)
            #expect(try await orders(emulator, id).first == "Question text number 4?")
            let beyond = try await emulator.api("PUT", WirePath.question(id, ids[3]), ["order": 5])
            #expect(beyond.details["order"].string == "\"order\" must be less than or equal to 4")

            let deleted = try await emulator.api("DELETE", WirePath.question(id, ids[1]))
            #expect(deleted.status == 200)
            #expect(deleted.data["deleted"].bool == true)
            #expect(try await orders(emulator, id) == ["Question text number 4?", "Question text number 3?", "Moved question text"])
            let again = try await emulator.api("DELETE", WirePath.question(id, ids[1]))
            #expect(again.status == 404)
            let count = try await emulator.api("GET", WirePath.assessment(id))
            #expect(count.data["questionCount"].int == 3)
        }
    }

    @Test func clearingIdealAnswerAndUnknownIds() async throws {
        try await TestEmulator.with { emulator async throws in
            let created = try await emulator.createAssessment(["questions": [["question": "With an ideal answer", "idealAnswer": "Names a project"]]])
            let id = try #require(created["assessmentId"].string)
            let questionId = try #require(created["questions"][0]["questionId"].string)
            #expect(created["questions"][0]["idealAnswer"].string == "Names a project")
            let cleared = try await emulator.api("PUT", WirePath.question(id, questionId), ["idealAnswer": null])
            #expect(cleared.data["idealAnswer"].isNull)
            #expect(try await emulator.api("PUT", WirePath.question(id, "missing"), ["order": 1]).status == 404)
            #expect(try await emulator.api("POST", WirePath.questions("missing"), ["question": "Some question text"]).status == 404)
            let unknown = try await emulator.api("PUT", WirePath.question(id, questionId), ["questionId": "x"])
            #expect(unknown.details["questionId"].string == "\"questionId\" is not allowed")
        }
    }

    @Test func fiftyQuestionLimitHolds() async throws {
        try await TestEmulator.with { emulator async throws in
            let id = try #require(try await emulator.createAssessment(questions: 49)["assessmentId"].string)
            #expect(try await emulator.api("POST", WirePath.questions(id), ["question": "The fiftieth question"]).status == 200)
            let over = try await emulator.api("POST", WirePath.questions(id), ["question": "The fifty-first question"])
            #expect(over.status == 400)
            #expect(over.details["questions"].exists)
            let generate = try await emulator.api("POST", WirePath.generateQuestions(id), ["numberOfQuestions": 1])
            #expect(generate.status == 400)
            #expect(generate.details["numberOfQuestions"].exists)
            #expect(try await emulator.api("GET", WirePath.assessment(id)).data["questionCount"].int == 50)
        }
    }
}
