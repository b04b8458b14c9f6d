import TaptalentAPI

/// How stored records look on the wire, with the fixed company details of the emulator's one account.
enum WireMapping {
    static let userId = "usr_sandbox"
    static let postedBy = WirePostedBy(firstName: "Sam", lastName: "Recruiter", email: "sam.recruiter@example.com", clientId: userId)
    static let appBase = "https://sandbox.app.taptalent.io"

    static func assessment(_ stored: StoredAssessment, companyId: String, submissions: Int, withQuestions: Bool) -> WireAssessment {
        WireAssessment(
            assessmentId: stored.id, testName: stored.testName, companyId: companyId,
            jobId: stored.jobId.map { WireID($0) }, status: stored.status,
            assessmentType: WireAssessmentType.audioInterview, questionCount: stored.questions.count,
            hiringForRole: stored.hiringForRole, purposeOfInterview: stored.purposeOfInterview,
            duration: stored.duration, aiLanguage: stored.aiLanguage, skills: stored.skills, buckets: .array([]),
            createdAt: stored.createdAt, lastUpdatedOn: stored.lastUpdatedOn, createdBy: userId,
            isEmailVerificationRequired: stored.isEmailVerificationRequired,
            shouldEvaluateCEFR: stored.shouldEvaluateCEFR,
            assessmentUrl: "\(appBase)/assessment?testId=\(stored.id)", postedBy: postedBy,
            submissionCount: submissions,
            questions: withQuestions ? stored.questions.enumerated().map { question($0.element, order: $0.offset + 1) } : nil
        )
    }

    static func question(_ stored: StoredQuestion, order: Int) -> WireQuestion {
        WireQuestion(
            questionId: stored.id, question: stored.text, timeLimit: stored.timeLimit,
            idealAnswer: stored.idealAnswer, order: order
        )
    }

    static func job(_ stored: StoredJob) -> WireJob {
        WireJob(
            id: WireID(stored.id), title: stored.title, city: stored.city, state: stored.state,
            country: stored.country, status: stored.status, workMode: stored.workMode, description: stored.description
        )
    }

    static func candidate(_ stored: StoredCompletion) -> WireCandidate {
        WireCandidate(
            candidateId: stored.candidateId, email: stored.email, firstName: stored.firstName,
            lastName: stored.lastName, status: WireCandidateStatus.completed, score: stored.score,
            cefrLevel: stored.cefrLevel, submittedAt: stored.submittedAt,
            reportUrl: "\(appBase)/report?testId=\(stored.assessmentId)&candidateId=\(stored.candidateId)"
        )
    }
}
