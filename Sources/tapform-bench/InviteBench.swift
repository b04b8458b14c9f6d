import Foundation
import TaptalentAPI

/// `invite` of M rows from a CSV file: throughput against the emulator's own rate for the same invite
/// requests at the same parallelism, and tapform's peak memory at M/10 and at M; then one run of
/// `--memory-invites` rows (100,000 by default) without the rate probe, and the peak memory of the three
/// side by side (flat in the rows, at most 60 MB).
enum InviteBench {
    /// The peak memory allowed to an invite of 100,000 rows (issue 14).
    static let peakTargetMegabytes = 60.0

    static func run(_ options: BenchOptions, binary: TapformExecutable, report: BenchReport) async throws {
        let emulator = try await TestEmulator.start()
        defer { Task { await emulator.running.stop() } }
        var peaks: [(rows: Int, megabytes: Double)] = []
        for (rows, measureRate) in [(max(1, options.invites / 10), true), (options.invites, true), (options.memoryInvites, false)] {
            let peak = try await once(
                rows: rows, measureRate: measureRate, options: options, binary: binary, emulator: emulator, report: report)
            peaks.append((rows, peak))
        }
        report.section("invite: peak memory of tapform by rows")
        report.line(peaks.map { $0.rows.formatted() }.joined(separator: " → ") + " rows",
                    peaks.map { format($0.megabytes, 1) }.joined(separator: " → ")
                        + " MB (target: flat, <= \(format(peakTargetMegabytes, 0)) MB)")
    }

    /// One invite of `rows` rows; returns tapform's peak memory in MB. `measureRate` also measures the
    /// emulator's own rate for as many invites (which takes as long again).
    private static func once(
        rows: Int, measureRate: Bool, options: BenchOptions, binary: TapformExecutable, emulator: TestEmulator,
        report: BenchReport
    ) async throws -> Double {
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
        guard measureRate else { return invite.peakRSSMegabytes }

        let probe = try await emulator.standardClient().createAudioInterview(AssessmentBody(
            testName: "Invite probe \(UUID().uuidString.prefix(8))", hiringForRole: "Engineer"))
        let rate = try emulator.probeRate("invite", count: rows, parallelism: options.parallelism, argument: probe.assessmentId)
        report.line("emulator: invite", "\(format(rate, 0)) req/s")
        report.line("wall / emulator bound (target <= 1.5)", format(invite.seconds / (Double(rows) / rate)))
        return invite.peakRSSMegabytes
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
