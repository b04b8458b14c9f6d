import TapformPlan
import TaptalentAPI

/// `apply PLANFILE`: re-reads every remote object the plan fingerprinted and refuses a stale plan.
///
/// Read: the whole list (its identity fingerprint covers every id and name, so an assessment added under
/// a file's name, removed or renamed is seen), and one GET per assessment the plan fingerprinted, changed
/// or not (a pruned one is compared from the list, as it was planned from the list).
enum StaleCheck {
    /// - Returns: the assessments fetched, by id (the executor's baseline).
    /// - Throws: `TapformError` "plan is stale: ..." naming what changed.
    static func verify(_ plan: Plan, client: TaptalentClient, parallelism: Int) async throws -> [String: RemoteAssessment] {
        let reader = PlanReader(client: client.readOnlyCopy())
        let summaries = try await reader.summaries()
        var changes: [String] = []
        if RemoteFingerprint.identity(of: summaries) != plan.identityFingerprint {
            changes += identityChanges(plan, summaries)
            if changes.isEmpty { changes.append("an assessment was added to, removed from or renamed in the account") }
        }

        let read = plan.assessments.filter { $0.fingerprint != nil && $0.remoteId != nil }
        let listed = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var toFetch: [String] = []
        for entry in read {
            let id = entry.remoteId!
            guard let summary = listed[id] else {
                changes.append("\"\(entry.name)\" (\(id)) no longer exists")
                continue
            }
            if entry.filePath == nil {
                if RemoteFingerprint.of(summary) != entry.fingerprint { changes.append("\"\(entry.name)\" (\(id)) changed") }
            } else {
                toFetch.append(id)
            }
        }
        let fetched = try await reader.fetch(ids: toFetch, parallelism: parallelism)
        for entry in read where entry.filePath != nil {
            guard let id = entry.remoteId, let remote = fetched[id] else { continue }
            if RemoteFingerprint.of(remote) != entry.fingerprint { changes.append("\"\(entry.name)\" (\(id)) changed") }
        }
        guard changes.isEmpty else {
            var seen: Set<String> = []
            changes = changes.filter { seen.insert($0).inserted }
            throw TapformError("plan is stale: the account changed since the plan was made: "
                + changes.joined(separator: "; ") + ". Run plan again and apply the new plan.")
        }
        return fetched
    }

    /// Names, as far as the plan knows them, what broke the identity fingerprint: an assessment now named
    /// like one of the plan's, one the plan read that is gone, or one renamed.
    private static func identityChanges(_ plan: Plan, _ summaries: [RemoteAssessmentSummary]) -> [String] {
        var knownNames: [String: String] = [:]
        for entry in plan.assessments {
            if let id = entry.remoteId { knownNames[id] = entry.renamedFrom ?? entry.name }
        }
        for unmanaged in plan.unmanaged { knownNames[unmanaged.id] = unmanaged.name }
        let planNames = Set(plan.assessments.flatMap { [$0.name] + ($0.renamedFrom.map { [$0] } ?? []) }
            .map(TextNormalizer.normalize))
        let current = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var changes: [String] = []
        for summary in summaries where knownNames[summary.id] == nil
            && planNames.contains(TextNormalizer.normalize(summary.name)) {
            changes.append("\"\(summary.name)\" (\(summary.id)) was added")
        }
        for (id, name) in knownNames.sorted(by: { $0.key < $1.key }) {
            guard let summary = current[id] else {
                changes.append("\"\(name)\" (\(id)) no longer exists")
                continue
            }
            let entryRenamed = plan.assessments.contains { $0.remoteId == id && $0.fieldDiffs.contains { $0.field == SpecKey.name.rawValue } }
            if !entryRenamed && TextNormalizer.normalize(summary.name) != TextNormalizer.normalize(name) {
                changes.append("\"\(name)\" (\(id)) was renamed to \"\(summary.name)\"")
            }
        }
        return changes
    }
}
