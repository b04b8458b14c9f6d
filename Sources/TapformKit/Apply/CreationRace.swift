import TapformPlan
import TapformSpec
import TaptalentAPI

/// Two applies creating the same assessment at once, on machines that share nothing but the account
/// (docs/decisions/concurrent-applies.md).
///
/// Before the creates, the list is read once: a name that now exists was created by someone else since
/// the plan was made, and is not created again. After the creates, the list is read once more and each
/// created name settled by a rule every run computes alike: the winner is the copy created first
/// (`createdAt`, ties broken by the smaller id). A run whose copy lost retracts it (deactivates it and
/// renames it with `retractedName`, so that no file matches it) and reports the conflict; it never reports
/// that creation as done.
///
/// Why the rule holds: a run that lists only its own copy keeps it; any copy it did not see was created
/// after that read, so after its own copy, and that copy's run sees both and loses. The service's
/// `createdAt` must therefore follow the order of creation (one clock), and a copy made in the same
/// millisecond must be visible to the other run's read, which the round trip between a create and
/// the next read ensures in practice.
enum CreationRace {
    /// The copy every run keeps: created first, ties broken by the smaller id.
    static func winner(of copies: [WireAssessment]) -> WireAssessment? {
        copies.min { ($0.createdAt ?? .max, $0.assessmentId) < ($1.createdAt ?? .max, $1.assessmentId) }
    }

    /// The prefix of a retracted copy's name. A prefix (rather than a suffix) keeps retracted copies out of
    /// `manage:` globs that start with a word (`Engineering *`); tapform's globs know only `*` and `?`,
    /// so the brackets are literal. A retracted copy is inactive, so `--prune` never touches it either.
    static func retractedPrefix(id: String) -> String { "[retracted duplicate \(id)] " }

    /// `[retracted duplicate ID] NAME`, the name clipped (ending in `…`) to stay within the name limit.
    static func retractedName(_ name: String, id: String) -> String {
        let prefix = retractedPrefix(id: id)
        let room = WireLimits.testNameLength.upperBound - prefix.count
        let clipped = name.count > room ? String(name.prefix(room - 1)) + "…" : name
        return prefix + clipped
    }

    /// The remote assessments named like each of `names` (normal form), from one list read.
    static func copies(named names: Set<String>, client: TaptalentClient) async throws -> [String: [WireAssessment]] {
        guard !names.isEmpty else { return [:] }
        var found: [String: [WireAssessment]] = [:]
        for assessment in try await client.allAssessments() {
            let name = TextNormalizer.normalize(assessment.testName)
            if names.contains(name) { found[name, default: []].append(assessment) }
        }
        return found
    }

    /// The creates of `plan` whose name was taken since the plan was made: name to the assessment now there.
    static func takenSincePlanned(_ plan: Plan, client: TaptalentClient) async throws -> [String: WireAssessment] {
        let names = Set(plan.assessments.filter { $0.action == .create && $0.hasChanges }.map(\.name))
        return try await copies(named: names, client: client).compactMapValues(winner)
    }

    /// The conflict of a create skipped because `existing` took its name after the plan was made.
    static func takenMessage(_ name: String, existing: WireAssessment) -> String {
        "\"\(name)\" was created by another run (\(existing.assessmentId)) after this plan was made; this run did "
            + "not create it again. Run plan to compare it with the file."
    }

    /// Settles every create of `outcomes` that completed: the copies that lost are retracted and their
    /// outcomes become conflicts (or failures, when the retraction itself failed).
    static func settle(_ outcomes: [AssessmentOutcome], client: TaptalentClient) async throws -> [AssessmentOutcome] {
        let created = outcomes.indices.filter { outcomes[$0].action == .create && outcomes[$0].result == .done }
        let names = Set(created.map { outcomes[$0].name })
        let copies = try await copies(named: names, client: client)
        var settled = outcomes
        for index in created {
            let outcome = outcomes[index]
            guard let own = outcome.remoteId, let winner = winner(of: copies[outcome.name] ?? []),
                  winner.assessmentId != own else { continue }
            settled[index].result = await retract(own, name: outcome.name, winner: winner, client: client)
        }
        return settled
    }

    private static func retract(
        _ own: String, name: String, winner: WireAssessment, client: TaptalentClient
    ) async -> AssessmentOutcome.Result {
        let renamed = retractedName(name, id: own)
        let first = "another run created \"\(name)\" first (\(winner.assessmentId)), while this run created a copy (\(own))"
        do {
            _ = try await client.updateAssessment(id: own, AssessmentBody(testName: renamed, status: WireStatus.inactive))
            return .conflict(first + "; this run retracted its copy: deactivated and renamed to \"\(renamed)\"")
        } catch {
            return .failed(ApplyFailure(
                summary: first + " and could not retract it: \(error)",
                diagnostics: [Diagnostic(.error, "\"\(name)\": " + first + " and could not retract it (\(error)); deactivate "
                    + "\(own) and rename it to \"\(renamed)\" by hand, or the next plan is blocked by the two copies", at: nil)]))
        }
    }
}
