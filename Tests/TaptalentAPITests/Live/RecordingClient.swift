import Foundation
import TaptalentAPI

extension TestEmulator {
    /// A client whose retries wait in no time and are recorded in `sleeper`.
    func recordingClient(
        readOnly: Bool = false, postRetry: PostRetry = .whenNotApplied, maxAttempts: Int = 5,
        timeout: Duration = .seconds(10), key: String? = nil, debug: LineCollector? = nil
    ) throws -> TaptalentClient {
        try client(readOnly: readOnly, retry: testRetryPolicy(sleeper, maxAttempts: maxAttempts, postRetry: postRetry),
                   timeout: timeout, key: key, debugSink: debug?.sink)
    }
}

/// A valid create body.
func sampleAssessment(_ name: String = "Backend Engineer Screen", questions: Int = 2) -> AssessmentBody {
    AssessmentBody(
        testName: name, hiringForRole: "Backend Engineer", purposeOfInterview: .value("Depth in distributed systems"),
        duration: 25, aiLanguage: "english", skills: ["Swift", "PostgreSQL"], shouldEvaluateCEFR: true,
        questions: (1...max(questions, 1)).prefix(questions).map {
            QuestionBody(question: "Question number \($0): describe a system you built.", timeLimit: 90,
                         idealAnswer: .value("Clear trade-offs"))
        })
}
