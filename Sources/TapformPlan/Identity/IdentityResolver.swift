/// Finds each file's remote assessment (docs/architecture.md, step 3): by pinned `id`, else by `name`, else by each
/// of `renamedFrom` in turn; otherwise the file creates one. Names compare in normal form (trimmed, NFC),
/// case-sensitively.
///
/// Errors (the file is then neither created nor updated): two files with one name; a pinned id that is
/// not in the account; a name matching two remote assessments (listing both ids); one remote assessment
/// claimed by two files. A remote assessment that any file refers to (even one that failed, or a second
/// hit of `renamedFrom`) is not listed as unmanaged, so `--prune` cannot touch it.
public enum IdentityResolver {
    public static func resolve(desired: [DesiredAssessment], remote: [RemoteAssessmentSummary]) -> Resolution {
        let byId = Dictionary(remote.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: [RemoteAssessmentSummary]] = [:]
        for summary in remote { byName[TextNormalizer.normalize(summary.name), default: []].append(summary) }

        var unresolved: [Int: [Diagnostic]] = [:]
        var warnings: [Diagnostic] = []
        var claimed: Set<String> = []
        var candidates: [Int: (RemoteAssessmentSummary, MatchReason)] = [:]

        let filesByName = Dictionary(grouping: desired.indices) { TextNormalizer.normalize(desired[$0].name) }
        for (name, files) in filesByName where files.count > 1 {
            let paths = files.map { desired[$0].filePath }.joined(separator: ", ")
            for file in files {
                unresolved[file, default: []].append(Diagnostic(.error,
                    "two files declare the assessment \"\(name)\": \(paths)", at: desired[file].location(of: .name)))
            }
        }

        for (index, file) in desired.enumerated() where unresolved[index] == nil {
            if let pin = file.pinnedId {
                if let summary = byId[pin] {
                    candidates[index] = (summary, .pinnedId)
                } else {
                    unresolved[index, default: []].append(Diagnostic(.error,
                        "id \(pin) is pinned but no assessment with that id exists in the account",
                        at: file.location(of: .id)))
                }
                continue
            }
            var found = false
            for (position, name) in ([file.name] + file.renamedFrom).enumerated() {
                let hits = byName[TextNormalizer.normalize(name)] ?? []
                if hits.isEmpty { continue }
                let key: SpecKey = position == 0 ? .name : .renamedFrom
                hits.forEach { claimed.insert($0.id) }
                if found {
                    warnings.append(Diagnostic(.warning,
                        "renamedFrom \"\(name)\" also names \(ids(hits)); the file manages the one found first, "
                            + "this one is left untouched", at: file.location(of: .renamedFrom)))
                    continue
                }
                found = true
                if hits.count > 1 {
                    unresolved[index, default: []].append(Diagnostic(.error,
                        "\"\(name)\" matches \(hits.count) remote assessments (\(ids(hits))); pin one with `id:`",
                        at: file.location(of: key)))
                } else {
                    candidates[index] = (hits[0], position == 0 ? .name : .renamedFrom(name))
                }
            }
        }

        let claimants = Dictionary(grouping: candidates.keys.sorted()) { candidates[$0]!.0.id }
        for (id, files) in claimants where files.count > 1 {
            let paths = files.map { desired[$0].filePath }.joined(separator: ", ")
            for file in files {
                unresolved[file, default: []].append(Diagnostic(.error,
                    "remote assessment \(id) is matched by more than one file: \(paths)",
                    at: desired[file].location(of: desired[file].pinnedId == nil ? .name : .id)))
            }
        }

        var resolution = Resolution(
            matched: [], toCreate: [], unresolved: [], unmanaged: [], warnings: warnings,
            identityFingerprint: RemoteFingerprint.identity(of: remote))
        for (index, file) in desired.enumerated() {
            if let errors = unresolved[index] {
                resolution.unresolved.append(UnresolvedAssessment(desired: file, errors: errors))
            } else if let (summary, reason) = candidates[index] {
                claimed.insert(summary.id)
                resolution.matched.append(MatchedAssessment(desired: file, remote: summary, reason: reason))
            } else {
                resolution.toCreate.append(file)
            }
        }
        for (_, (summary, _)) in candidates { claimed.insert(summary.id) }
        resolution.unmanaged = remote.filter { !claimed.contains($0.id) }
        return resolution
    }

    private static func ids(_ hits: [RemoteAssessmentSummary]) -> String {
        hits.map(\.id).joined(separator: ", ")
    }
}
