import Foundation
import TaptalentAPI
import TaptalentEmulator

/// Against an emulator that answers like a real account: 50 ms of latency and a company-wide rate limit
/// of 50 requests a second. `apply` of N x Q, `plan` of N and `invite` of M rows, side by side for the
/// adaptive client (at most `--parallelism` in flight), a fixed parallelism of 4 and a sequential client:
/// wall time over the rate bound, 429 answers, and failures. Then, at 50 ms without a limit, the adaptive
/// client's wall time over the latency bound.
///
/// The rate bound is the least time the limit allows for the requests that got through:
/// (requests answered - the bucket's burst) / rate. The latency bound is requests x latency / parallelism.
enum LimitBench {
    static let latencyMs = 50
    static let ratePerSecond = 50.0

    struct Client {
        var name: String
        var arguments: [String]
    }

    /// `--only limits` runs both parts; `--only latency` the part without a limit alone.
    static func run(_ options: BenchOptions, binary: TapformExecutable, report: BenchReport) async throws {
        if options.only != "latency" { try await runLimited(options, binary: binary, report: report) }
        try await runUnlimited(options, binary: binary, report: report)
    }

    static func clients(_ options: BenchOptions) -> [Client] {
        [
            Client(name: "adaptive, at most \(options.parallelism)", arguments: ["--parallelism", "\(options.parallelism)"]),
            Client(name: "fixed 4", arguments: ["--parallelism", "4", "--fixed-parallelism"]),
            Client(name: "sequential", arguments: ["--parallelism", "1", "--fixed-parallelism"]),
        ]
    }

    static func runLimited(_ options: BenchOptions, binary: TapformExecutable, report: BenchReport) async throws {
        let limited = EmulatorFaults(latencyMs: latencyMs, rateLimitPerSecond: ratePerSecond)
        report.section("""
            \(latencyMs) ms latency, rate limit \(Int(ratePerSecond))/s (burst \(limited.effectiveRateLimitBurst)): \
            wall / rate bound, 429 answers, failed
            """)
        for client in clients(options) {
            let emulator = try await TestEmulator.start(EmulatorOptions(testControls: true, faults: limited))
            defer { Task { await emulator.running.stop() } }
            for work in Work.all(options) {
                let result = try await work.run(client.arguments, binary: binary, emulator: emulator, faults: limited)
                let answered = result.requests - result.rateLimited
                let bound = Double(max(0, answered - limited.effectiveRateLimitBurst)) / ratePerSecond
                report.line("\(client.name): \(work.name)", """
                    \(format(result.seconds)) s, \(format(result.seconds / bound))x the rate bound \(format(bound)) s; \
                    \(result.rateLimited) x 429, \(result.failed) failed
                    """)
            }
        }
    }

    static func runUnlimited(_ options: BenchOptions, binary: TapformExecutable, report: BenchReport) async throws {
        let adaptive = clients(options)[0]
        let slow = EmulatorFaults(latencyMs: latencyMs)
        report.section("""
            \(latencyMs) ms latency, no limit, \(adaptive.name), by transport: wall / latency bound \
            (requests x latency / \(options.parallelism))
            """)
        let emulator = try await TestEmulator.start(EmulatorOptions(testControls: true, faults: slow))
        defer { Task { await emulator.running.stop() } }
        // Each work with tapform's libcurl transport and then with URLSession (a fresh connection per POST),
        // one after the other, so that the two are compared on the same machine load.
        for work in Work.all(options) {
            for transport in HTTPTransportChoice.allCases {
                let result = try await work.run(
                    adaptive.arguments, binary: binary, emulator: emulator, faults: slow,
                    environment: [HTTPTransportChoice.variable: transport.rawValue])
                let bound = Double(result.requests) * Double(latencyMs) / 1000 / Double(options.parallelism)
                report.line("\(transport.rawValue): \(work.name)", """
                    \(format(result.seconds)) s, \(format(result.seconds / bound))x the latency bound \(format(bound)) s; \
                    \(result.failed) failed
                    """)
            }
        }
    }

    struct Result {
        var seconds: Double
        var requests: Int
        var rateLimited: Int
        var failed: Int
    }

    /// One command's work on a fresh account with a full bucket.
    struct Work {
        var name: String
        var kind: Kind
        enum Kind { case apply(Int, Int), plan(Int, Int), invite(Int) }

        static func all(_ options: BenchOptions) -> [Work] {
            [
                Work(name: "apply \(options.assessments) x \(options.questions)", kind: .apply(options.assessments, options.questions)),
                Work(name: "plan \(options.assessments)", kind: .plan(options.assessments, options.questions)),
                Work(name: "invite \(options.limitedInvites)", kind: .invite(options.limitedInvites)),
            ]
        }

        func run(
            _ arguments: [String], binary: TapformExecutable, emulator: TestEmulator, faults: EmulatorFaults,
            environment extra: [String: String] = [:]
        ) async throws -> Result {
            let environment = emulator.childEnvironment.merging(extra) { _, chosen in chosen }
            let root = try temporaryFolder("limits")
            defer { try? FileManager.default.removeItem(at: root) }
            try await emulator.controls.reset()
            try BenchProject.writeConfig(baseURL: emulator.running.baseURL, keyVariable: BenchEmulator.keyVariable, into: root)
            switch kind {
            case .apply(let count, let questions):
                try BenchProject.writeAssessments(count: count, questions: questions, into: root)
                let (run, counters) = try await measured(emulator, faults) {
                    try binary.run(["apply", "--auto-approve"] + arguments, in: root, environment: environment)
                }
                return Result(seconds: run.seconds, requests: total(counters.requests), rateLimited: counters.rateLimited,
                              failed: count - counters.assessmentsCreated)
            case .plan(let count, let questions):
                // The account to plan against, made without a limit (not measured).
                try BenchProject.writeAssessments(count: count, questions: questions, into: root)
                try await emulator.controls.setFaults(EmulatorFaults())
                let apply = try binary.run(["apply", "--auto-approve"], in: root, environment: environment)
                guard apply.status == 0 else { throw BenchError("apply before plan failed:\n\(apply.output.suffix(2000))") }
                let (run, counters) = try await measured(emulator, faults) {
                    try binary.run(["plan"] + arguments, in: root, environment: environment)
                }
                let clean = run.status == 0 && run.output.contains("No changes")
                return Result(seconds: run.seconds, requests: total(counters.requests), rateLimited: counters.rateLimited,
                              failed: clean ? 0 : count)
            case .invite(let rows):
                try await emulator.controls.setFaults(EmulatorFaults())
                let assessment = try await emulator.standardClient().createAudioInterview(AssessmentBody(
                    testName: "Limit bench \(UUID().uuidString.prefix(8))", hiringForRole: "Engineer"))
                let file = try InviteBench.writeCSV(rows: rows, into: root)
                let (_, counters) = try await measured(emulator, faults) {
                    try binary.run(["invite", "--id", assessment.assessmentId, "--csv", file.path, "--yes"] + arguments,
                                   in: root, environment: environment)
                }
                let sent = counters.emails.filter { $0.key.hasPrefix(assessment.assessmentId + " ") }.count
                return Result(seconds: counters.seconds, requests: total(counters.requests), rateLimited: counters.rateLimited,
                              failed: rows - sent)
            }
        }
    }

    struct Counted {
        var requests: [String: Int]
        var rateLimited: Int
        var assessmentsCreated: Int
        var emails: [String: Int]
        var seconds: Double
    }

    /// Runs `body` with `faults` in force (a fresh, full bucket) and returns the run and what the emulator counted.
    static func measured(
        _ emulator: TestEmulator, _ faults: EmulatorFaults, _ body: () throws -> TapformExecutable.Run
    ) async throws -> (TapformExecutable.Run, Counted) {
        let before = try await emulator.controls.counters()
        try await emulator.controls.setFaults(faults)
        let run = try body()
        try await emulator.controls.setFaults(EmulatorFaults())
        let after = try await emulator.controls.counters()
        let counted = Counted(
            requests: after.requests.merging(before.requests) { $0 - $1 }.filter { $0.value != 0 },
            rateLimited: after.rateLimited - before.rateLimited,
            assessmentsCreated: after.assessmentsCreated - before.assessmentsCreated,
            emails: after.emails, seconds: run.seconds)
        return (run, counted)
    }
}
