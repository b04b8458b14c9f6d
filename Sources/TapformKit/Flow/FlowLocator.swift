import TapformPlan
import TapformSpec
import TaptalentAPI

/// Finds the remote flow `--flow NAME` refers to, the way `plan` does: a flow file with that name is
/// matched by its pinned `id`, its name, then each `renamedFrom`; without such a file, the account's flow
/// with exactly that name (trimmed, NFC, case-sensitive; the active one when several share it). Reads only.
enum FlowLocator {
    /// How many flow names an unknown name's error lists.
    static let namesShown = 10

    static func locate(name: String, flows: [FlowSpec], client: TaptalentClient, environment: String) async throws -> LocatedAssessment {
        let wanted = TextNormalizer.normalize(name)
        guard !wanted.isEmpty else { throw TapformError("the flow name is empty; give it with --flow NAME") }
        let remote = try await client.allFlows().map(RemoteFlow.init)
        let file = flows.first { TextNormalizer.normalize($0.name.value) == wanted }
        var candidates: [String] = [wanted]
        if let file {
            if let pin = file.id?.value {
                guard let flow = remote.first(where: { $0.id == pin }) else {
                    throw TapformError("the flow \"\(wanted)\" (\(file.file)) pins id \(pin), which environment \"\(environment)\" "
                        + "does not have; fix the id: in the file, or remove it to find the flow by name")
                }
                return located(flow, file: file.file)
            }
            candidates += file.renamedFrom.map { TextNormalizer.normalize($0.value) }
        }
        for candidate in candidates {
            var hits = remote.filter { $0.name == candidate }
            if hits.count > 1 { hits = hits.filter { $0.status == .active } }
            if hits.count == 1 { return located(hits[0], file: file?.file) }
            if hits.count > 1 {
                throw TapformError("\"\(candidate)\" matches \(hits.count) active flows in environment \"\(environment)\" "
                    + "(\(hits.map(\.id).joined(separator: ", "))); pin one with `id:` in its flow file")
            }
        }
        if let file {
            throw TapformError("the flow \"\(wanted)\" (\(file.file)) does not exist in environment \"\(environment)\" yet; "
                + "create it with tapform apply first")
        }
        var message = "no flow named \"\(wanted)\": no flow file of this project declares it and environment "
            + "\"\(environment)\" has none by that name"
        let names = Array(Set(remote.map(\.name) + flows.map { TextNormalizer.normalize($0.name.value) })).sorted()
        if let close = Suggestion.closest(to: wanted, in: names) {
            message += " (did you mean \"\(close)\"?)"
        } else if names.isEmpty {
            message += "; it has no flows: declare one in a flow file and run tapform apply"
        } else {
            let shown = names.prefix(Self.namesShown).map { "\"\($0)\"" }.joined(separator: ", ")
            message += "; the flows are \(shown)" + (names.count > Self.namesShown ? " and \(names.count - Self.namesShown) more" : "")
        }
        throw TapformError(message)
    }

    private static func located(_ flow: RemoteFlow, file: String?) -> LocatedAssessment {
        LocatedAssessment(id: flow.id, name: flow.name, isActive: flow.status == .active, file: file, kind: .flow)
    }
}
