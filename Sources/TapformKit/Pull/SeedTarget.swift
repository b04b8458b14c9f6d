import TapformPlan
import TapformSpec

/// An assessment file named on the command line of `pull` or `generate`, with the remote assessment it
/// manages.
struct SeedTarget: Sendable {
    var spec: AssessmentSpec
    var remoteId: String
}

/// Finds the files that `pull` and `generate` name, then their remote assessments exactly as `plan` does
/// (`IdentityResolver` over every file of the project: pinned id, name, then `renamedFrom`).
enum SeedTargetResolver {
    /// The files whose `name:` is one of `names` (compared trimmed and NFC), in the order given, each once.
    static func files(named names: [String], in project: Project) throws -> [AssessmentSpec] {
        var found: [AssessmentSpec] = []
        var missing: [String] = []
        for name in names {
            let wanted = TextNormalizer.normalize(name)
            guard let spec = project.spec.assessments.first(where: { TextNormalizer.normalize($0.name.value) == wanted })
            else {
                missing.append(name)
                continue
            }
            if !found.contains(where: { $0.file == spec.file }) { found.append(spec) }
        }
        guard missing.isEmpty else {
            let known = project.spec.assessments.map { "\"\($0.name.value)\"" }
            let list = known.isEmpty ? "the project has no assessment files"
                : "the files declare " + (known.count <= 10 ? known.joined(separator: ", ")
                    : known.prefix(10).joined(separator: ", ") + " and \(known.count - 10) more")
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            throw TapformError("no assessment file declares the name \(names) (names match a file's `name:` exactly); \(list)")
        }
        return found
    }

    /// Each spec's remote assessment. Fails, naming every problem, when a file is not in the account yet or
    /// its identity is ambiguous.
    static func resolve(
        _ specs: [AssessmentSpec], project: Project, remote: [RemoteAssessmentSummary], environment: String
    ) throws -> [SeedTarget] {
        let resolution = IdentityResolver.resolve(desired: project.spec.assessments.map(DesiredAssessment.init), remote: remote)
        var targets: [SeedTarget] = []
        var problems: [String] = []
        for spec in specs {
            if let matched = resolution.matched.first(where: { $0.desired.filePath == spec.file }) {
                targets.append(SeedTarget(spec: spec, remoteId: matched.remote.id))
            } else if let unresolved = resolution.unresolved.first(where: { $0.desired.filePath == spec.file }) {
                problems += unresolved.errors.map { $0.location == nil ? "\(spec.file): \($0.message)" : $0.description }
            } else {
                problems.append("\(spec.file): \"\(spec.name.value)\" does not exist in environment \"\(environment)\" yet; "
                    + "`tapform apply` creates it")
            }
        }
        guard problems.isEmpty else { throw TapformError(problems.joined(separator: "\n")) }
        return targets
    }
}
