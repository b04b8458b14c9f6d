import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform import [NAME...|--all]`: writes remote assessments as new files (one each, named after a slug
/// of the name) that plan clean: each text is loaded and planned against its remote assessment before it
/// is written, and not written when it would not round-trip.
///
/// Rules:
/// - a remote assessment that a project file already manages, or whose name a project file declares, is
///   skipped (two files cannot share a name); with `--force`, when that file is the very file import
///   would write, it is overwritten with the account's version;
/// - an existing file at the target path is overwritten only with `--force`, and never when it declares
///   another assessment (the next free name, `slug-2.yaml`, is used instead);
/// - when several remote assessments share a name, one file is written for the active, most recently
///   updated one, with `id:` pinned; the others are skipped with a message;
/// - inactive assessments are written with `status: inactive`.
/// Only reads the account.
public enum ImportUseCase {
    public static func run(
        project: Project, options: ImportOptions, client: TaptalentClient, environment: String
    ) async throws -> ImportReport {
        if options.all && !options.names.isEmpty {
            throw TapformError("give assessment names or --all, not both")
        }
        guard options.all || !options.names.isEmpty else {
            throw TapformError("name the remote assessments to import, or use --all")
        }
        try project.requireValid()
        let wires: [WireAssessment]
        do {
            wires = try await client.allAssessments()
        } catch let error as TaptalentError {
            throw TapformError("environment \"\(environment)\": cannot list the assessments: \(error)")
        }
        let summaries = wires.map(RemoteAssessmentSummary.init)
        var report = ImportReport(environment: environment)
        let selected = select(summaries, options: options, notFound: &report.notFound)

        let directory = ImportDirectory(root: project.root, directory: options.directory ?? project.config.paths.assessments)
        var planner = ImportPlanner(project: project, summaries: summaries, directory: directory, force: options.force)
        let decisions = selected.map { ($0, planner.decide($0)) }

        let ids = decisions.compactMap { entry -> String? in
            if case .write(let target) = entry.1 { return target.summary.id }
            return nil
        }
        let fetched = await AssessmentFetcher.fetch(ids, client: client)
        for (summary, decision) in decisions {
            switch decision {
            case .skip(let reason):
                report.skipped.append(.init(name: summary.name, remoteId: summary.id, reason: reason, isFailure: false))
            case .write(let target):
                switch fetched[summary.id] {
                case .success(let remote)?:
                    write(remote, target, summaries: summaries, directory: directory, environment: environment, into: &report)
                case .failure(let error)?:
                    report.skipped.append(.init(name: summary.name, remoteId: summary.id,
                                                reason: "cannot read it: \(error)", isFailure: true))
                case nil:
                    report.skipped.append(.init(name: summary.name, remoteId: summary.id,
                                                reason: "it was not read", isFailure: true))
                }
            }
        }
        if !report.written.isEmpty && !directory.isInside(project.config.paths.assessments) {
            report.notes.append("\(directory.path) is outside the assessments folder (\(project.config.paths.assessments)); "
                + "plan and apply do not read files there")
        }
        return report
    }

    /// The remote assessments asked for, sorted by name then id, each once.
    private static func select(
        _ summaries: [RemoteAssessmentSummary], options: ImportOptions, notFound: inout [String]
    ) -> [RemoteAssessmentSummary] {
        var chosen: [RemoteAssessmentSummary]
        if options.all {
            chosen = summaries
        } else {
            chosen = []
            for name in options.names {
                let wanted = TextNormalizer.normalize(name)
                let hits = summaries.filter { TextNormalizer.normalize($0.name) == wanted }
                if hits.isEmpty { notFound.append(name) }
                chosen += hits
            }
        }
        var seen = Set<String>()
        return chosen.filter { seen.insert($0.id).inserted }
            .sorted { (TextNormalizer.normalize($0.name), $0.id) < (TextNormalizer.normalize($1.name), $1.id) }
    }

    private static func write(
        _ remote: RemoteAssessment, _ target: ImportPlanner.Target, summaries: [RemoteAssessmentSummary],
        directory: ImportDirectory, environment: String, into report: inout ImportReport
    ) {
        let text = ImportedFileContent.text(remote, pinId: target.pinId, environment: environment)
        // The spec loader reads project-relative paths only; a folder outside the project is checked by file name.
        let checkedPath = target.file.hasPrefix("/") ? URL(fileURLWithPath: target.file).lastPathComponent : target.file
        if let problem = RoundTripCheck.problem(text: text, file: checkedPath, remote: remote, summaries: summaries) {
            report.skipped.append(.init(name: remote.name, remoteId: remote.id, reason: problem, isFailure: true))
            return
        }
        let url = directory.url(of: target.file)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            report.skipped.append(.init(name: remote.name, remoteId: remote.id,
                                        reason: "cannot write \(target.file): \(error.localizedDescription)", isFailure: true))
            return
        }
        report.written.append(.init(
            name: remote.name, remoteId: remote.id, file: target.file, questionCount: remote.questions.count,
            inactive: remote.status == .inactive, pinnedId: target.pinId, overwritten: target.overwrites))
    }
}
