import Foundation
import TaptalentAPI
import TaptalentEmulator

/// An in-memory emulator with test controls, for one test, plus clients for it.
struct LiveEmulator {
    let running: RunningEmulator
    let controls: EmulatorControlClient
    let sleeper = RecordingSleeper()

    var apiKeyText: String { running.apiKey }

    /// A client with tiny, recorded retry waits.
    func client(
        readOnly: Bool = false, postRetry: PostRetry = .whenNotApplied, maxAttempts: Int = 5,
        timeout: Duration = .seconds(10), key: String? = nil, debug: LineCollector? = nil
    ) throws -> TaptalentClient {
        try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: running.baseURL, apiKey: APIKey(key ?? running.apiKey), readOnly: readOnly, timeout: timeout,
            retry: testRetryPolicy(sleeper, maxAttempts: maxAttempts, postRetry: postRetry), debugSink: debug?.sink))
    }

    /// Runs `body` against a fresh emulator answering in `variant`, and stops it afterwards, also on failure.
    static func with(_ variant: WireVariant = .documented, _ body: (LiveEmulator) async throws -> Void) async throws {
        let running = try await Emulator.start(EmulatorOptions(port: 0, testControls: true, variant: variant))
        do {
            let sandbox = LiveEmulator(running: running, controls: try EmulatorControlClient(url: running.baseURL))
            try await body(sandbox)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
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
