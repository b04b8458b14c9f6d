import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// `tapform import [NAME...|--all]`: writes remote assessments and flows as new files (one each, named
/// after a slug of the name) that plan clean: each text is loaded and planned against its remote
/// assessment or flow before it is written, and not written when it would not round-trip.
///
/// Rules (the same for assessments and flows, each in its own folder):
/// - a remote one that a project file already manages, or whose name a project file declares, is
///   skipped (two files cannot share a name); with `--force`, when that file is the very file import
///   would write, it is overwritten with the account's version;
/// - an existing file at the target path is overwritten only with `--force`, and never when it declares
///   another one (the next free name, `slug-2.yaml`, is used instead);
/// - when several remote ones share a name, one file is written for the preferred one (active, then the
///   most recently updated assessment or the first created flow), with `id:` pinned; the others are
///   skipped with a message;
/// - inactive ones are written with `status: inactive`;
/// - a flow step names its assessment by name where `plan` finds it again by that name (a file of this
///   repository, or the account's only assessment of that name), else by `assessmentId:` with a comment.
/// Flows are written after the assessments, so a step can name an assessment file this import writes.
/// Only reads the account.
public enum ImportUseCase {
    public static func run(
        project: Project, options: ImportOptions, client: TaptalentClient, environment: String
    ) async throws -> ImportReport {
        if options.all && !options.names.isEmpty {
            throw TapformError("give assessment or flow names or --all, not both")
        }
        guard options.all || !options.names.isEmpty else {
            throw TapformError("name the remote assessments or flows to import, or use --all")
        }
        try project.requireValid()
        let wires: [WireAssessment]
        let flows: [WireFlow]
        do {
            wires = try await client.allAssessments()
        } catch let error as TaptalentError {
            throw TapformError("environment \"\(environment)\": cannot list the assessments: \(error)")
        }
        do {
            flows = try await client.allFlows()
        } catch let error as TaptalentError {
            throw TapformError("environment \"\(environment)\": cannot list the flows: \(error)")
        }
        let summaries = wires.map(RemoteAssessmentSummary.init)
        var report = ImportReport(environment: environment)
        let selectedAssessments = select(summaries.map { ImportPlanner.Candidate(id: $0.id, name: $0.name) }, options: options)
        let selectedFlows = select(flows.map { ImportPlanner.Candidate(id: $0.id.value, name: $0.flowName) }, options: options)
        report.notFound = options.names.filter { name in
            let wanted = TextNormalizer.normalize(name)
            return !(selectedAssessments + selectedFlows).contains { TextNormalizer.normalize($0.name) == wanted }
        }

        let resolution = IdentityResolver.resolve(desired: project.spec.assessments.map(DesiredAssessment.init), remote: summaries)
        let directory = ImportDirectory(root: project.root, directory: options.directory ?? project.config.paths.assessments)
        await importAssessments(selectedAssessments, summaries: summaries, resolution: resolution, project: project,
                                directory: directory, options: options, client: client, environment: environment,
                                into: &report)
        if !report.written.isEmpty && !directory.isInside(project.config.paths.assessments) {
            report.notes.append("\(directory.path) is outside the assessments folder (\(project.config.paths.assessments)); "
                + "plan and apply do not read files there")
        }

        // The assessment files as the next plan sees them: the project's, and those just written where plan reads.
        var files = FlowPlanning.files(of: resolution)
        if directory.isInside(project.config.paths.assessments) {
            for file in report.written { files[TextNormalizer.normalize(file.name)] = .existing(id: file.remoteId) }
        }
        let flowDirectory = ImportDirectory(root: project.root, directory: options.flowsDirectory ?? project.config.paths.flows)
        importFlows(selectedFlows, flows: flows, files: files, summaries: summaries, project: project,
                    directory: flowDirectory, force: options.force, environment: environment, into: &report)
        if !report.flowsWritten.isEmpty && !flowDirectory.isInside(project.config.paths.flows) {
            report.notes.append("\(flowDirectory.path) is outside the flows folder (\(project.config.paths.flows)); "
                + "plan and apply do not read files there")
        }
        return report
    }

    /// Active before inactive, then the most recently updated, then by id: the one imported of several
    /// sharing a name.
    private static func preferred(_ lhs: RemoteAssessmentSummary, _ rhs: RemoteAssessmentSummary) -> Bool {
        if lhs.status != rhs.status { return lhs.status == .active }
        if lhs.lastUpdatedOn != rhs.lastUpdatedOn { return (lhs.lastUpdatedOn ?? .min) > (rhs.lastUpdatedOn ?? .min) }
        return lhs.id < rhs.id
    }

    /// Active before inactive, then the first created (the smallest id, as `apply` keeps it).
    private static func preferred(_ lhs: WireFlow, _ rhs: WireFlow) -> Bool {
        let (left, right) = (AssessmentStatus(wire: lhs.status), AssessmentStatus(wire: rhs.status))
        if left != right { return left == .active }
        return FlowApplier.winner(of: [lhs, rhs]) == lhs
    }

    /// The remote ones asked for, sorted by name then id, each once.
    private static func select(_ candidates: [ImportPlanner.Candidate], options: ImportOptions) -> [ImportPlanner.Candidate] {
        let wanted = Set(options.names.map(TextNormalizer.normalize))
        var seen = Set<String>()
        return candidates.filter { options.all || wanted.contains(TextNormalizer.normalize($0.name)) }
            .filter { seen.insert($0.id).inserted }
            .sorted { (TextNormalizer.normalize($0.name), $0.id) < (TextNormalizer.normalize($1.name), $1.id) }
    }

    private static func importAssessments(
        _ selected: [ImportPlanner.Candidate], summaries: [RemoteAssessmentSummary], resolution: Resolution,
        project: Project, directory: ImportDirectory, options: ImportOptions, client: TaptalentClient,
        environment: String, into report: inout ImportReport
    ) async {
        let managed = Dictionary(resolution.matched.map { ($0.desired.filePath, $0.remote.id) },
                                 uniquingKeysWith: { first, _ in first })
        let declared = project.spec.assessments.map { spec in
            ImportPlanner.Declared(file: spec.file, name: spec.name.value, renamedFrom: spec.renamedFrom.map(\.value),
                                   managedId: managed[spec.file])
        }
        let candidates = summaries.sorted(by: preferred).map { ImportPlanner.Candidate(id: $0.id, name: $0.name) }
        var planner = ImportPlanner(kind: .assessment, declared: declared, candidates: candidates, directory: directory,
                                    force: options.force)
        let decisions = selected.map { ($0, planner.decide($0)) }
        let ids = decisions.compactMap { entry -> String? in
            if case .write(let target) = entry.1 { return target.candidate.id }
            return nil
        }
        let fetched = await AssessmentFetcher.fetch(ids, client: client)
        for (candidate, decision) in decisions {
            switch decision {
            case .skip(let reason):
                report.skipped.append(.init(name: candidate.name, remoteId: candidate.id, reason: reason, isFailure: false))
            case .write(let target):
                switch fetched[candidate.id] {
                case .success(let remote)?:
                    write(remote, target, summaries: summaries, directory: directory, environment: environment, into: &report)
                case .failure(let error)?:
                    report.skipped.append(.init(name: candidate.name, remoteId: candidate.id,
                                                reason: "cannot read it: \(error)", isFailure: true))
                case nil:
                    report.skipped.append(.init(name: candidate.name, remoteId: candidate.id,
                                                reason: "it was not read", isFailure: true))
                }
            }
        }
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
        if let problem = save(text, to: target.file, in: directory) {
            report.skipped.append(.init(name: remote.name, remoteId: remote.id, reason: problem, isFailure: true))
            return
        }
        report.written.append(.init(
            name: remote.name, remoteId: remote.id, file: target.file, questionCount: remote.questions.count,
            inactive: remote.status == .inactive, pinnedId: target.pinId, overwritten: target.overwrites))
    }

    private static func importFlows(
        _ selected: [ImportPlanner.Candidate], flows: [WireFlow], files: [String: FlowPlanning.FileAssessment],
        summaries: [RemoteAssessmentSummary], project: Project, directory: ImportDirectory, force: Bool,
        environment: String, into report: inout ImportReport
    ) {
        let remote = flows.map(RemoteFlow.init)
        let declared = project.spec.flows.map { spec in
            ImportPlanner.Declared(file: spec.file, name: spec.name.value, renamedFrom: spec.renamedFrom.map(\.value),
                                   managedId: FlowPlanner.managedId(DesiredFlow(spec), in: remote))
        }
        let candidates = flows.sorted(by: preferred).map { ImportPlanner.Candidate(id: $0.id.value, name: $0.flowName) }
        var planner = ImportPlanner(kind: .flow, declared: declared, candidates: candidates, directory: directory, force: force)
        let content = ImportedFlowContent(files: files, summaries: summaries)
        let byId = Dictionary(flows.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        for candidate in selected {
            guard let flow = byId[candidate.id] else { continue }
            func fail(_ reason: String) {
                report.flowsSkipped.append(.init(name: candidate.name, remoteId: candidate.id, reason: reason, isFailure: true))
            }
            switch planner.decide(candidate) {
            case .skip(let reason):
                report.flowsSkipped.append(.init(name: candidate.name, remoteId: candidate.id, reason: reason, isFailure: false))
            case .write(let target):
                let values = content.values(flow, pinId: target.pinId)
                let text = content.text(values, flowId: candidate.id, environment: environment)
                if let problem = RoundTripCheck.problem(flowText: text, file: target.file, flow: RemoteFlow(flow), remote: remote,
                                                        files: files, summaries: summaries) {
                    fail(problem)
                } else if let problem = save(text, to: target.file, in: directory) {
                    fail(problem)
                } else {
                    report.flowsWritten.append(.init(
                        name: flow.flowName, remoteId: candidate.id, file: target.file, stepCount: flow.steps.count,
                        inactive: values.status == .inactive, pinnedId: target.pinId,
                        pinnedSteps: values.steps.indices.filter { values.steps[$0].assessmentId != nil }.map { $0 + 1 },
                        overwritten: target.overwrites))
                }
            }
        }
    }

    /// Writes `text` atomically, making the folders; nil, or why it could not.
    private static func save(_ text: String, to file: String, in directory: ImportDirectory) -> String? {
        let url = directory.url(of: file)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return "cannot write \(file): \(error.localizedDescription)"
        }
    }
}
