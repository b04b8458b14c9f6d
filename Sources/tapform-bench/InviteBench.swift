import Foundation
import TaptalentAPI

/// `invite` of M rows from a CSV file: throughput against the emulator's own rate for the same invite
/// requests at the same parallelism, and tapform's peak memory at M/10 and at M (flat in M).
enum InviteBench {
    static func run(_ options: BenchOptions, binary: TapformExecutable, report: BenchReport) async throws {
        let emulator = try await TestEmulator.start()
        defer { Task { await emulator.running.stop() } }
        for rows in [max(1, options.invites / 10), options.invites] {
            try await once(rows: rows, options: options, binary: binary, emulator: emulator, report: report)
        }
    }

    private static func once(
        rows: Int, options: BenchOptions, binary: TapformExecutable, emulator: TestEmulator, report: BenchReport
    ) async throws {
        report.section("invite: \(rows) rows, parallelism \(options.parallelism)")
        let root = try temporaryFolder("invite")
        defer { try? FileManager.default.removeItem(at: root) }
        try BenchProject.writeConfig(baseURL: emulator.running.baseURL, keyVariable: BenchEmulator.keyVariable, into: root)
        let assessment = try await emulator.standardClient().createAudioInterview(AssessmentBody(
            testName: "Invite bench \(UUID().uuidString.prefix(8))", hiringForRole: "Engineer"))
        let file = try writeCSV(rows: rows, into: root)

        let (invite, requests) = try await emulator.counting {
            try binary.run(
                ["invite", "--id", assessment.assessmentId, "--csv", file.path, "--yes", "--parallelism", "\(options.parallelism)"],
                in: root, environment: emulator.childEnvironment)
        }
        guard invite.status == 0 else { throw BenchError("invite failed (\(invite.status)):\n\(invite.output.suffix(2000))") }
        let emails = try await emulator.controls.counters().emails
            .filter { $0.key.hasPrefix(assessment.assessmentId + " ") }
        report.line("emails sent / rows (each exactly once)", "\(emails.count) / \(rows), max per address \(emails.values.max() ?? 0)")
        report.line("requests made", "\(total(requests))")
        report.line("wall time", "\(format(invite.seconds)) s (\(format(Double(rows) / invite.seconds, 0)) rows/s)")
        report.line("peak RSS of tapform", "\(format(invite.peakRSSMegabytes, 1)) MB")

        let probe = try await emulator.standardClient().createAudioInterview(AssessmentBody(
            testName: "Invite probe \(UUID().uuidString.prefix(8))", hiringForRole: "Engineer"))
        let rate = try emulator.probeRate("invite", count: rows, parallelism: options.parallelism, argument: probe.assessmentId)
        report.line("emulator: invite", "\(format(rate, 0)) req/s")
        report.line("wall / emulator bound (target <= 1.5)", format(invite.seconds / (Double(rows) / rate)))
    }

    /// `candidates.csv` with `rows` distinct addresses.
    static func writeCSV(rows: Int, into root: URL) throws -> URL {
        var csv = "Email,First Name,Last Name\n"
        for row in 0..<rows { csv += "candidate\(row)@example.com,Candidate,Number \(row)\n" }
        let file = root.appendingPathComponent("candidates.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
