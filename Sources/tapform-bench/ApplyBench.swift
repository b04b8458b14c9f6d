import Foundation
import TaptalentAPI

/// `apply` creating N assessments of Q questions, then `plan` re-reading them: requests made against the
/// minimum, wall time against what the emulator's own throughput allows for the same requests at the same
/// parallelism, and tapform's peak memory at N/5 and at N (flat means the second is not 5x the first).
enum ApplyBench {
    static func run(_ options: BenchOptions, binary: TapformExecutable, report: BenchReport) async throws {
        let emulator = try await TestEmulator.start()
        defer { Task { await emulator.running.stop() } }
        let small = max(1, options.assessments / 5)
        for count in [small, options.assessments] {
            try await emulator.controls.reset()
            try await once(count: count, options: options, binary: binary, emulator: emulator, report: report)
        }
    }

    private static func once(
        count: Int, options: BenchOptions, binary: TapformExecutable, emulator: TestEmulator, report: BenchReport
    ) async throws {
        report.section("apply then plan: \(count) assessments x \(options.questions) questions, parallelism \(options.parallelism)")
        let root = try temporaryFolder("apply")
        defer { try? FileManager.default.removeItem(at: root) }
        try BenchProject.writeAssessments(count: count, questions: options.questions, into: root)
        try BenchProject.writeConfig(baseURL: emulator.running.baseURL, keyVariable: BenchEmulator.keyVariable, into: root)
        let parallelism = "\(options.parallelism)"

        let (apply, applyRequests) = try await emulator.counting {
            try binary.run(["apply", "--auto-approve", "--parallelism", parallelism], in: root, environment: emulator.childEnvironment)
        }
        guard apply.status == 0 else { throw BenchError("apply failed (\(apply.status)):\n\(apply.output.suffix(2000))") }
        // One list page of an empty account for the plan, one create per assessment, and the list read
        // before the creates (one page, still empty) and after them that guard against a concurrent run.
        let applyMinimum = 1 + count + 1 + (count + 99) / 100
        report.line("apply: requests made / minimum", "\(total(applyRequests)) / \(applyMinimum)")
        report.line("apply: wall time", "\(format(apply.seconds)) s")
        report.line("apply: peak RSS of tapform", "\(format(apply.peakRSSMegabytes, 1)) MB")

        let (plan, planRequests) = try await emulator.counting {
            try binary.run(["plan", "--parallelism", parallelism], in: root, environment: emulator.childEnvironment)
        }
        guard plan.status == 0, plan.output.contains("No changes") else {
            throw BenchError("plan after apply is not clean (\(plan.status)):\n\(plan.output.suffix(2000))")
        }
        // The local part of plan's wall time (process start, reading and resolving every file), measured by
        // `validate` on the same project, so the network part can be compared with the emulator's rate.
        let validate = try binary.run(["validate"], in: root, environment: emulator.childEnvironment)
        let pages = (count + 99) / 100
        report.line("plan: requests made / minimum", "\(total(planRequests)) / \(pages + count)")
        report.line("plan: wall time", "\(format(plan.seconds)) s")
        report.line("plan: peak RSS of tapform", "\(format(plan.peakRSSMegabytes, 1)) MB")

        // The emulator's own rate for the same mixes at the same parallelism, measured now, from a
        // separate process like tapform.
        let ids = try await emulator.standardClient().allAssessments().map(\.assessmentId)
        let idsFile = root.appendingPathComponent("ids.txt")
        try ids.joined(separator: "\n").write(to: idsFile, atomically: true, encoding: .utf8)
        let getRate = try emulator.probeRate("get", count: ids.count, parallelism: options.parallelism, argument: idsFile.path)
        let createRate = try emulator.probeRate("create", count: count, parallelism: options.parallelism, argument: "\(options.questions)")
        report.line("emulator: GET one assessment", "\(format(getRate, 0)) req/s")
        report.line("emulator: create with questions", "\(format(createRate, 0)) req/s")
        let applyBound = Double(count) / createRate
        let planBound = Double(count) / getRate
        report.line("apply: wall / emulator bound (target <= 1.5)", format(apply.seconds / applyBound))
        report.line("plan: wall / emulator bound (target <= 1.5)", format(plan.seconds / planBound))
        report.line("validate (local part: start, read, resolve)", "\(format(validate.seconds)) s")
        report.line("plan: (wall - local part) / emulator bound", format((plan.seconds - validate.seconds) / planBound))
    }
}
