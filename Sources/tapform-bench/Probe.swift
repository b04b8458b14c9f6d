import Foundation
import TaptalentAPI

/// `tapform-bench probe get|create|invite URL COUNT PARALLELISM ARG`: the emulator's own rate for one
/// request mix, measured from a separate process like tapform itself (the benchmark runs this binary
/// again), so both sides of a ratio run under the same conditions. Prints `rate <requests per second>`.
/// ARG is a file of assessment ids (get), the questions per assessment (create), or an assessment id
/// (invite). The key is read from `BenchEmulator.keyVariable`.
enum Probe {
    static func run(_ arguments: [String]) async throws {
        guard arguments.count == 5, let url = URL(string: arguments[1]), let count = Int(arguments[2]),
              let parallelism = Int(arguments[3]),
              let key = ProcessInfo.processInfo.environment[BenchEmulator.keyVariable]
        else { throw BenchError("usage: tapform-bench probe get|create|invite URL COUNT PARALLELISM ARG") }
        let client = try TaptalentClient(baseURL: url, apiKey: APIKey(key))
        let argument = arguments[4]
        let call: @Sendable (Int) async throws -> Void
        switch arguments[0] {
        case "get":
            let ids = try String(contentsOfFile: argument, encoding: .utf8).split(separator: "\n").map(String.init)
            call = { index in _ = try await client.assessment(id: ids[index % ids.count]) }
        case "create":
            let questions = Int(argument) ?? 10
            let run = UUID().uuidString.prefix(8)
            call = { index in
                _ = try await client.createAudioInterview(AssessmentBody(
                    testName: "Throughput probe \(run) \(index)", hiringForRole: "Engineer",
                    questions: (0..<questions).map { QuestionBody(question: "Probe question \($0) about rate limiting design.") }))
            }
        case "invite":
            let run = UUID().uuidString.prefix(8)
            call = { index in _ = try await client.invite(assessmentId: argument, InviteBody(email: "probe-\(run)-\(index)@example.com")) }
        default:
            throw BenchError("unknown probe \(arguments[0])")
        }
        print("rate \(try await requestsPerSecond(count: count, parallelism: parallelism, call))")
    }

    /// Runs `count` calls, at most `parallelism` at once, and returns calls per second.
    static func requestsPerSecond(
        count: Int, parallelism: Int, _ call: @escaping @Sendable (Int) async throws -> Void
    ) async throws -> Double {
        let (_, elapsed) = try await measure {
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                while next < min(parallelism, count) {
                    let index = next
                    group.addTask { try await call(index) }
                    next += 1
                }
                while try await group.next() != nil, next < count {
                    let index = next
                    group.addTask { try await call(index) }
                    next += 1
                }
                try await group.waitForAll()
            }
        }
        return Double(count) / elapsed
    }
}
