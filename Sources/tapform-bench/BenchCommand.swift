import Foundation
import TaptalentAPI

/// `tapform-bench [--assessments 500] [--questions 10] [--parallelism 32] [--invites 10000] [--memory-invites 100000]
/// [--limited-invites 5000] [--diff-assessments 10000] [--validate-files 1000] [--only validate|diff|apply|invite|limits|latency]`: measures the
/// performance targets (README, Benchmark) and prints figures (never pass/fail: the machines are shared and noisy,
/// so compare the ratios of one run).
/// Build in release first: `swift build -c release && .build/release/tapform-bench`.
@main
struct BenchCommand {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "probe" { return try await Probe.run(Array(arguments.dropFirst())) }
        if arguments.first == "measure" { return try TapformExecutable.measure(Array(arguments.dropFirst())) }
        let options = BenchOptions(arguments: arguments)
        let report = BenchReport()
        report.header(options)
        if options.runs("validate") { try ValidateBench.run(options, report: report) }
        if options.runs("diff") { try DiffBench.run(options, report: report) }
        let binary = try TapformExecutable.locate()
        if options.runs("apply") { try await ApplyBench.run(options, binary: binary, report: report) }
        if options.runs("invite") { try await InviteBench.run(options, binary: binary, report: report) }
        if options.runs("limits") || options.only == "latency" { try await LimitBench.run(options, binary: binary, report: report) }
    }
}

struct BenchOptions {
    var assessments = 500
    var questions = 10
    var parallelism = ConcurrencyLimit.defaultMaximum
    var invites = 10_000
    /// The rows of the invite run that only measures peak memory.
    var memoryInvites = 100_000
    var limitedInvites = 5_000
    /// `--only NAME`: one section (validate, diff, apply, invite, limits; latency is the part of limits
    /// without a limit); nil runs them all.
    var only: String?
    static let sections: Set = ["validate", "diff", "apply", "invite", "limits", "latency"]

    func runs(_ section: String) -> Bool { only == nil || only == section }
    var diffAssessments = 10_000
    var diffQuestions = 20
    var validateFiles = 1_000
    var validateQuestions = 20

    init(arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let flag = iterator.next() {
            if flag == "--only" {
                guard let section = iterator.next(), Self.sections.contains(section) else {
                    FileHandle.standardError.write(Data("tapform-bench: --only needs one of \(Self.sections.sorted())\n".utf8))
                    exit(1)
                }
                only = section
                continue
            }
            guard let value = iterator.next().flatMap(Int.init), value > 0 else {
                FileHandle.standardError.write(Data("tapform-bench: \(flag) needs a positive whole number\n".utf8))
                exit(1)
            }
            switch flag {
            case "--assessments": assessments = value
            case "--questions": questions = value
            case "--parallelism": parallelism = value
            case "--invites": invites = value
            case "--memory-invites": memoryInvites = value
            case "--limited-invites": limitedInvites = value
            case "--diff-assessments": diffAssessments = value
            case "--validate-files": validateFiles = value
            default:
                FileHandle.standardError.write(Data("tapform-bench: unknown option \(flag)\n".utf8))
                exit(1)
            }
        }
    }
}
