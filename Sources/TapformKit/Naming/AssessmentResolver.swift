import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// An assessment file and the remote assessment it manages.
struct ManagedFile: Sendable {
    var spec: AssessmentSpec
    var remoteId: String
}

/// The one way a name on the command line (`invite`, `results`, `pull`, `generate`) becomes an assessment.
///
/// A name is compared as a `TypedName` (dash, quote and white-space variants are equal; exact matches
/// win over lenient ones) first with the project's files, then, for `invite` and `results` only, with
/// the account's assessments. One rule for duplicates everywhere: a name that picks two files or two
/// remote assessments is an error listing them (ids for remote ones), never a silent choice. A file's
/// remote assessment is found exactly as `plan` finds it (`IdentityResolver` over every file: pinned id,
/// name, then `renamedFrom`). A name that picks nothing is an error suggesting the closest name.
/// Every failure is a `TapformError` naming the environment and, where one is involved, the file.
public enum AssessmentResolver {
    /// `invite` and `results`: the file's assessment, or else the account's assessment by that name; or
    /// the assessment with that id. Reads only.
    public static func locate(
        _ reference: AssessmentReference, project: Project, client: TaptalentClient, environment: String
    ) async throws -> LocatedAssessment {
        switch reference {
        case .id(let id):
            return try await locate(id: id, client: client, environment: environment)
        case .flow(let name):
            return try await FlowLocator.locate(name: name, flows: project.spec.flows, client: client, environment: environment)
        case .name(let name):
            let typed = TypedName(name)
            guard !typed.exact.isEmpty else { throw TapformError("the assessment name is empty; give its name or --id ID") }
            let file = try file(named: typed, in: project.spec.assessments)
            let remote = try await client.allAssessments().map(RemoteAssessmentSummary.init)
            if let file {
                let summary = try remoteAssessment(of: file, project: project, remote: remote, environment: environment)
                return LocatedAssessment(id: summary.id, name: summary.name, isActive: summary.status == .active, file: file.file)
            }
            let hits = typed.matches(in: remote, name: \.name)
            guard hits.count <= 1 else {
                let list = hits.map { "\($0.id) \"\($0.name)\"" }.joined(separator: ", ")
                throw TapformError("\"\(typed)\" matches \(hits.count) assessments in environment \"\(environment)\" "
                    + "(\(list)); choose one with --id ID")
            }
            guard let hit = hits.first else {
                var message = "no assessment named \"\(typed)\": no file of this project declares it and environment "
                    + "\"\(environment)\" has none by that name"
                let candidates = project.spec.assessments.map(\.name.value) + remote.map(\.name)
                if let closest = typed.closest(in: candidates) { message += "; did you mean \"\(closest)\"?" }
                throw TapformError(message)
            }
            return LocatedAssessment(id: hit.id, name: hit.name, isActive: hit.status == .active)
        }
    }

    static func locate(id: String, client: TaptalentClient, environment: String) async throws -> LocatedAssessment {
        do {
            let summary = RemoteAssessmentSummary(try await client.assessment(id: id))
            return LocatedAssessment(id: summary.id, name: summary.name, isActive: summary.status == .active)
        } catch let error as TaptalentError where error.isNotFound {
            throw TapformError("no assessment with id \(id) in environment \"\(environment)\"")
        }
    }

    /// `pull` and `generate`: the files that `names` name, in the order given, each once. Fails naming
    /// every name that picks no file (with the closest file name) or several.
    static func files(named names: [String], in project: Project) throws -> [AssessmentSpec] {
        let specs = project.spec.assessments
        var found: [AssessmentSpec] = []
        var problems: [String] = []
        for name in names {
            let typed = TypedName(name)
            do {
                guard let spec = try file(named: typed, in: specs) else {
                    var problem = "no assessment file declares the name \"\(typed)\""
                    if let closest = typed.closest(in: specs.map(\.name.value)) {
                        problem += "; did you mean \"\(closest)\"?"
                    } else {
                        problem += specs.isEmpty ? "; the project has no assessment files" : "; " + known(specs)
                    }
                    problems.append(problem)
                    continue
                }
                if !found.contains(where: { $0.file == spec.file }) { found.append(spec) }
            } catch {
                problems.append("\(error)")
            }
        }
        guard problems.isEmpty else { throw TapformError(problems.joined(separator: "\n")) }
        return found
    }

    /// Each file's remote assessment. Fails, naming every problem, when a file is not in the account yet
    /// or its identity is ambiguous.
    static func managed(
        _ specs: [AssessmentSpec], project: Project, remote: [RemoteAssessmentSummary], environment: String
    ) throws -> [ManagedFile] {
        let resolution = IdentityResolver.resolve(desired: project.spec.assessments.map(DesiredAssessment.init), remote: remote)
        var targets: [ManagedFile] = []
        var problems: [String] = []
        for spec in specs {
            do {
                let summary = try remoteAssessment(of: spec, resolution: resolution, environment: environment)
                targets.append(ManagedFile(spec: spec, remoteId: summary.id))
            } catch {
                problems.append("\(error)")
            }
        }
        guard problems.isEmpty else { throw TapformError(problems.joined(separator: "\n")) }
        return targets
    }

    /// The one file `typed` names, nil when none does; several are an error listing them.
    private static func file(named typed: TypedName, in specs: [AssessmentSpec]) throws -> AssessmentSpec? {
        let hits = typed.matches(in: specs, name: \.name.value)
        guard hits.count <= 1 else {
            let list = hits.map { "\($0.file) (\"\($0.name.value)\")" }.joined(separator: ", ")
            throw TapformError("\"\(typed)\" matches \(hits.count) assessment files: \(list); give the name exactly "
                + "as one file declares it, or rename one")
        }
        return hits.first
    }

    private static func remoteAssessment(
        of spec: AssessmentSpec, project: Project, remote: [RemoteAssessmentSummary], environment: String
    ) throws -> RemoteAssessmentSummary {
        let resolution = IdentityResolver.resolve(desired: project.spec.assessments.map(DesiredAssessment.init), remote: remote)
        return try remoteAssessment(of: spec, resolution: resolution, environment: environment)
    }

    private static func remoteAssessment(
        of spec: AssessmentSpec, resolution: Resolution, environment: String
    ) throws -> RemoteAssessmentSummary {
        if let matched = resolution.matched.first(where: { $0.desired.filePath == spec.file }) { return matched.remote }
        if let unresolved = resolution.unresolved.first(where: { $0.desired.filePath == spec.file }) {
            throw TapformError(unresolved.errors.map { $0.location == nil ? "\(spec.file): \($0.message)" : $0.description }
                .joined(separator: "\n"))
        }
        throw TapformError("\(spec.file): \"\(spec.name.value)\" does not exist in environment \"\(environment)\" yet; "
            + "`tapform apply` creates it")
    }

    /// `the files declare "A", "B"` (at most ten, then how many more).
    private static func known(_ specs: [AssessmentSpec]) -> String {
        let names = specs.map { "\"\($0.name.value)\"" }
        let shown = names.count <= 10 ? names.joined(separator: ", ")
            : names.prefix(10).joined(separator: ", ") + " and \(names.count - 10) more"
        return "the files declare " + shown
    }
}
