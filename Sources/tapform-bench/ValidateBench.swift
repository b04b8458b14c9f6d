import Foundation
import TapformSpec

/// `validate`: 1,000 assessment files of 20 questions (target: under 1 s).
enum ValidateBench {
    static func run(_ options: BenchOptions, report: BenchReport) throws {
        report.section("validate: \(options.validateFiles) files x \(options.validateQuestions) questions")
        let root = try temporaryFolder("validate")
        defer { try? FileManager.default.removeItem(at: root) }
        try BenchProject.writeAssessments(
            count: options.validateFiles, questions: options.validateQuestions, into: root)
        let (result, elapsed) = measure { SpecLoader.loadProject(root: root) }
        report.line("files loaded", "\(result.files.count)")
        report.line("errors", "\(result.diagnostics.filter(\.isError).count)")
        report.line("wall time (target < 1 s)", "\(format(elapsed, 3)) s")
    }
}
