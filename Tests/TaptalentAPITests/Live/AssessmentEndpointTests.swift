import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator

@Suite("Assessment and question endpoints against the emulator")
struct AssessmentEndpointTests {
    @Test("create, read one, list, update", arguments: WireVariant.documentedVariants)
    func assessmentLifecycle(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            let created = try await client.createAudioInterview(sampleAssessment())
            #expect(created.testName == "Backend Engineer Screen")
            #expect(created.questions?.map(\.order) == [1, 2])
            #expect(created.skills == ["Swift", "PostgreSQL"])

            let fetched = try await client.assessment(id: created.assessmentId)
            #expect(fetched.questions?.first?.question == "Question number 1: describe a system you built.")
            #expect(fetched.duration == 25)

            let list = try await client.listAssessments(page: 1, perPage: 10)
            #expect(list.assessments.map(\.assessmentId) == [created.assessmentId])
            #expect(list.pagination.total == 1)
            #expect(list.assessments.first?.questionCount == 2)

            let updated = try await client.updateAssessment(
                id: created.assessmentId, AssessmentBody(status: WireStatus.inactive, duration: 30))
            #expect(updated.status == WireStatus.inactive)
            #expect(updated.duration == 30)
            #expect(updated.testName == created.testName)
        }
    }

    @Test("add, update, move and delete questions; generate questions", arguments: WireVariant.documentedVariants)
    func questions(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            let assessment = try await client.createAudioInterview(sampleAssessment(questions: 2))
            let id = assessment.assessmentId

            let added = try await client.addQuestion(assessmentId: id, QuestionBody(
                question: "Which monitoring would you add first?", timeLimit: 60, order: 1))
            #expect(added.order == 1)

            let moved = try await client.updateQuestion(assessmentId: id, questionId: added.questionId,
                                                        QuestionBody(idealAnswer: .null, order: 3))
            #expect(moved.order == 3)
            #expect(moved.idealAnswer == nil)

            let deleted = try await client.deleteQuestion(assessmentId: id, questionId: added.questionId)
            #expect(deleted.deleted)

            let generated = try await client.generateQuestions(assessmentId: id, count: 3)
            #expect(generated.count == 3)
            let after = try await client.assessment(id: id)
            #expect(after.questions?.count == 5)
            #expect(after.questions?.map(\.order) == [1, 2, 3, 4, 5])
        }
    }

    @Test("auto-generate from a role and from a job", arguments: WireVariant.documentedVariants)
    func autoGenerate(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            let fromRole = try await client.autoGenerate(AutoGenerateBody(
                assessment: AssessmentBody(testName: "Support Screen", hiringForRole: "Support Specialist",
                                           skills: ["Empathy"]),
                numberOfQuestions: 4))
            #expect(fromRole.questions?.count == 4)

            let job = try #require(try await client.jobs(page: 1, perPage: 10).jobs.first)
            let fromJob = try await client.autoGenerate(AutoGenerateBody(
                assessment: AssessmentBody(testName: "From a job", jobId: .value(job.id.value)), numberOfQuestions: nil))
            #expect(fromJob.jobId?.value == job.id.value)
            #expect(fromJob.questions?.count == WireLimits.defaultNumberOfQuestions)
        }
    }

    @Test("allAssessments walks 250 assessments in 3 pages of 100", arguments: WireVariant.documentedVariants)
    func pagination(variant: WireVariant) async throws {
        try await TestEmulator.with(variant) { sandbox in
            let client = try sandbox.recordingClient()
            for index in 1...250 {
                _ = try await client.createAudioInterview(sampleAssessment("Assessment \(index)", questions: 0))
            }
            let before = try await sandbox.controls.counters()
            let all = try await client.allAssessments()
            let after = try await sandbox.controls.counters()
            #expect(all.count == 250)
            #expect(Set(all.map(\.assessmentId)).count == 250)
            #expect(Set(all.map(\.testName)) == Set((1...250).map { "Assessment \($0)" }))
            #expect(after.requests["GET /assessment", default: 0] - before.requests["GET /assessment", default: 0] == 3)
        }
    }
}
