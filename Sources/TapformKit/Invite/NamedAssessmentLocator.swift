import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// How a command names the remote assessment it works on: `NAME` or `--id ID`; or `--flow NAME`, a flow.
public enum AssessmentReference: Sendable, Hashable {
    case name(String)
    case id(String)
    case flow(String)
}

/// The remote assessment (or flow) a command works on, as found in the account.
public struct LocatedAssessment: Sendable, Hashable {
    public var id: String
    public var name: String
    public var isActive: Bool
    /// The project file that declares it, when it was found through one.
    public var file: String?
    /// An assessment, or a flow (`invite --flow`, `results --flow`).
    public var kind: AssessmentOutcome.Kind

    public init(id: String, name: String, isActive: Bool, file: String? = nil, kind: AssessmentOutcome.Kind = .assessment) {
        self.id = id
        self.name = name
        self.isActive = isActive
        self.file = file
        self.kind = kind
    }

    /// Names the default ledger: the assessment's id, or `flow-<id>` (flow and assessment ids may coincide).
    public var ledgerKey: String { kind == .flow ? "flow-\(id)" : id }

    /// `assessment "X" (id)` or `flow "X" (id)`.
    public var label: String { "\(kind.rawValue) \"\(name)\" (\(id))" }
}

/// Finds the remote assessment that `NAME` or `--id` refers to, the way `plan` does.
///
/// A name is first looked up among the project's files: the file with that name is matched against the
/// account by `IdentityResolver` (pinned `id`, then `name`, then each of `renamedFrom`). When no file
/// has that name, an assessment in the account with exactly that name (trimmed, NFC, case-sensitive)
/// is used; two of them are an error listing their ids. Every failure is a `TapformError` naming the
/// environment and, where one is involved, the file. Reads only.
public enum NamedAssessmentLocator {
    public static func locate(
        _ reference: AssessmentReference, project: Project, client: TaptalentClient, environment: String
    ) async throws -> LocatedAssessment {
        switch reference {
        case .id(let id):
            return try await locate(id: id, client: client, environment: environment)
        case .name(let name):
            return try await locate(name: name, specs: project.spec.assessments, client: client, environment: environment)
        case .flow(let name):
            return try await FlowLocator.locate(name: name, flows: project.spec.flows, client: client, environment: environment)
        }
    }

    static func locate(id: String, client: TaptalentClient, environment: String) async throws -> LocatedAssessment {
        do {
            let wire = try await client.assessment(id: id)
            let summary = RemoteAssessmentSummary(wire)
            return LocatedAssessment(id: summary.id, name: summary.name, isActive: summary.status == .active)
        } catch let error as TaptalentError where error.isNotFound {
            throw TapformError("no assessment with id \(id) in environment \"\(environment)\"")
        }
    }

    static func locate(
        name: String, specs: [AssessmentSpec], client: TaptalentClient, environment: String
    ) async throws -> LocatedAssessment {
        let wanted = TextNormalizer.normalize(name)
        guard !wanted.isEmpty else { throw TapformError("the assessment name is empty; give its name or --id ID") }
        let files = specs.filter { TextNormalizer.normalize($0.name.value) == wanted }
        if files.count > 1 {
            let paths = files.map(\.file).joined(separator: ", ")
            throw TapformError("two files declare the assessment \"\(wanted)\": \(paths); rename one, or use --id ID")
        }
        let remote = try await client.allAssessments().map(RemoteAssessmentSummary.init)
        if let file = files.first {
            return try resolve(file: file, remote: remote, environment: environment)
        }
        let hits = remote.filter { TextNormalizer.normalize($0.name) == wanted }
        switch hits.count {
        case 1:
            return LocatedAssessment(id: hits[0].id, name: hits[0].name, isActive: hits[0].status == .active)
        case 0:
            var message = "no assessment named \"\(wanted)\": no file of this project declares it and environment "
                + "\"\(environment)\" has none by that name"
            let similar = remote.filter { $0.name.lowercased().trimmingCharacters(in: .whitespaces) == wanted.lowercased() }
            if let first = similar.first {
                message += " (did you mean \"\(first.name)\"? names are case-sensitive)"
            }
            throw TapformError(message)
        default:
            let ids = hits.map(\.id).joined(separator: ", ")
            throw TapformError("\"\(wanted)\" matches \(hits.count) assessments in environment \"\(environment)\" "
                + "(\(ids)); choose one with --id ID")
        }
    }

    private static func resolve(
        file: AssessmentSpec, remote: [RemoteAssessmentSummary], environment: String
    ) throws -> LocatedAssessment {
        let resolution = IdentityResolver.resolve(desired: [DesiredAssessment(file)], remote: remote)
        if let match = resolution.matched.first {
            return LocatedAssessment(
                id: match.remote.id, name: match.remote.name, isActive: match.remote.status == .active, file: file.file)
        }
        if !resolution.errors.isEmpty {
            throw TapformError(resolution.errors.map(\.description).joined(separator: "\n"))
        }
        throw TapformError("the assessment \"\(file.name.value)\" (\(file.file)) does not exist in environment "
            + "\"\(environment)\" yet; create it with tapform apply first")
    }
}
