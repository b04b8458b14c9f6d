import TapformPlan
import TaptalentAPI

/// The flows' part of `apply`, after every assessment (so that a step can name one this apply created).
/// One flow at a time, each flow's calls in order.
///
/// No flow is ever left twice, as for assessments (`CreationRace`): a POST whose answer is lost is never
/// sent again blindly (the flows are listed and the one created adopted: `SafeFlowCreate`); before the
/// creates, a name another run took since the plan is not created again; after them, every created name
/// is settled by one rule all runs compute alike (the copy with the smallest id, created first, stays; a
/// run whose copy lost retracts it: deactivated and renamed). One apply per environment at a time on one
/// machine already holds (`EnvironmentLock`); this covers runs on different machines.
enum FlowApplier {
    static func apply(
        _ flows: [FlowPlan], after assessments: [AssessmentOutcome], client: TaptalentClient, options: ApplyOptions
    ) async throws -> [AssessmentOutcome] {
        let planned = flows.filter(\.hasChanges)
        guard !planned.isEmpty else { return [] }
        var createdIds: [String: String] = [:]
        for outcome in assessments where outcome.action == .create && outcome.result == .done {
            if let id = outcome.remoteId { createdIds[outcome.name] = id }
        }
        let creates = Set(planned.filter { $0.action == .create }.map(\.name))
        let taken = creates.isEmpty ? [:] : try await activeCopies(named: creates, client: client).compactMapValues(winner)
        var outcomes: [AssessmentOutcome] = []
        for entry in planned {
            var outcome = AssessmentOutcome(notStarted: entry)
            if options.interruption?.isRequested == true {
                outcome.result = .interrupted
            } else if entry.action == .create, let existing = taken[entry.name], !replacesIt(entry, existing) {
                outcome.result = .conflict("flow \"\(entry.name)\" was created by another run (\(existing.id.value)) after this "
                    + "plan was made; this run did not create it again. Run plan to compare it with the file.")
            } else {
                await run(entry, createdIds: createdIds, client: client, outcome: &outcome)
            }
            options.progress?(outcome.progressLine)
            outcomes.append(outcome)
        }
        return try await settle(outcomes, client: client, progress: options.progress)
    }

    /// A `--replace` create finds the flow it replaces under its name before it renames it: not a race.
    private static func replacesIt(_ entry: FlowPlan, _ existing: WireFlow) -> Bool {
        entry.steps.contains { if case .createFlow(let create) = $0 { create.replaces == existing.id.value } else { false } }
    }

    private static func run(_ entry: FlowPlan, createdIds: [String: String], client: TaptalentClient,
                            outcome: inout AssessmentOutcome) async {
        for step in entry.steps {
            do {
                switch step {
                case .createFlow(let create):
                    if let old = create.replaces, let renamed = create.replacedName {
                        _ = try await client.updateFlow(id: old, FlowBody(flowName: renamed, status: WireStatus.inactive))
                    }
                    let body = FlowBody(flowName: create.name, description: create.description.map { .value($0) },
                                        steps: try bodies(create.steps, createdIds: createdIds))
                    let created = try await SafeFlowCreate(client: client).create(body)
                    outcome.remoteId = created.id
                    outcome.recovered = created.recovered
                    if create.status == .inactive {
                        _ = try await client.updateFlow(id: created.id, FlowBody(status: WireStatus.inactive))
                    }
                case .updateFlow(let update):
                    let body = FlowBody(
                        flowName: update.name, description: update.description.map { Nullable($0.value) },
                        status: update.status?.wire, steps: try update.steps.map { try bodies($0, createdIds: createdIds) })
                    _ = try await client.updateFlow(id: update.flowId, body)
                }
                outcome.stepsDone += 1
            } catch {
                let diagnostics = FlowFailureLocator.diagnostics(for: error, in: entry)
                outcome.result = .failed(ApplyFailure(summary: "\(describe(step)): \(error)", diagnostics: diagnostics))
                return
            }
        }
    }

    private static func bodies(_ steps: [FlowStepContent], createdIds: [String: String]) throws -> [FlowStepBody] {
        try steps.map { step in
            guard let id = step.assessment.id ?? createdIds[step.assessment.name] else {
                throw TapformError("the assessment \"\(step.assessment.name)\" was not created by this apply (see above), "
                    + "so the flow was not sent; run apply again")
            }
            return FlowStepBody(step, assessmentId: id)
        }
    }

    private static func describe(_ step: FlowPlanStep) -> String {
        switch step {
        case .createFlow(let create): "create flow \"\(create.name)\""
        case .updateFlow(let update): "update flow \(update.flowId)"
        }
    }

    // MARK: - Creation race

    /// The active remote flows named like each of `names`, from one list read.
    static func activeCopies(named names: Set<String>, client: TaptalentClient) async throws -> [String: [WireFlow]] {
        var found: [String: [WireFlow]] = [:]
        for flow in try await client.allFlows() where AssessmentStatus(wire: flow.status) == .active {
            let name = TextNormalizer.normalize(flow.flowName)
            if names.contains(name) { found[name, default: []].append(flow) }
        }
        return found
    }

    /// The copy every run keeps: the smallest id (flow ids are integers given in creation order).
    static func winner(of copies: [WireFlow]) -> WireFlow? {
        copies.min { (Int($0.id.value) ?? .max, $0.id.value) < (Int($1.id.value) ?? .max, $1.id.value) }
    }

    private static func settle(
        _ outcomes: [AssessmentOutcome], client: TaptalentClient, progress: (@Sendable (String) -> Void)?
    ) async throws -> [AssessmentOutcome] {
        let created = outcomes.indices.filter { outcomes[$0].action == .create && outcomes[$0].result == .done }
        guard !created.isEmpty else { return outcomes }
        let copies = try await activeCopies(named: Set(created.map { outcomes[$0].name }), client: client)
        var settled = outcomes
        for index in created {
            let outcome = outcomes[index]
            guard let own = outcome.remoteId, let winner = winner(of: copies[outcome.name] ?? []),
                  winner.id.value != own else { continue }
            let renamed = FlowPlanner.retractedName(outcome.name, id: own)
            let first = "another run created flow \"\(outcome.name)\" first (\(winner.id.value)), while this run created a copy (\(own))"
            do {
                _ = try await client.updateFlow(id: own, FlowBody(flowName: renamed, status: WireStatus.inactive))
                settled[index].result = .conflict(first + "; this run retracted its copy: deactivated and renamed to \"\(renamed)\"")
            } catch {
                settled[index].result = .failed(ApplyFailure(summary: first + " and could not retract it: \(error)", diagnostics: [
                    Diagnostic(.error, first + " and could not retract it (\(error)); deactivate flow \(own) by hand", at: nil)]))
            }
            progress?(settled[index].progressLine)
        }
        return settled
    }
}

/// Creating a flow without ever making two: the POST is repeated by the client only when it provably did
/// nothing; when its outcome is unknown, the flows are listed and an active one with the name adopted
/// when its steps are the ones sent; none found, the POST is sent again, at most `SafeCreate.maxPosts` times.
struct SafeFlowCreate: Sendable {
    let client: TaptalentClient

    func create(_ body: FlowBody) async throws -> SafeCreate.Created {
        let name = TextNormalizer.normalize(body.flowName ?? "")
        var posts = 0
        while true {
            posts += 1
            do {
                return SafeCreate.Created(id: try await client.createFlow(body, retryPost: .whenNotApplied).id.value, recovered: false)
            } catch let error as TaptalentError where error.isOutcomeUnknown {
                let hits = try await FlowApplier.activeCopies(named: [name], client: client)[name] ?? []
                if let found = FlowApplier.winner(of: hits) {
                    let sent = (body.steps ?? []).map { ($0.assessmentId, $0.passThreshold) }
                    guard found.steps.map({ ($0.assessmentId.value, $0.passThreshold) }).elementsEqual(sent, by: ==) else {
                        throw TapformError("created flow \"\(name)\" (\(found.id.value)) but its answer was lost and what the "
                            + "account holds differs from the file; run plan again to see what is left")
                    }
                    return SafeCreate.Created(id: found.id.value, recovered: true)
                }
                if posts >= SafeCreate.maxPosts { throw error }
            }
        }
    }
}

/// Maps an API error of a flow call back to the file: `steps[N].field` to step N+1's line, `steps` to the
/// `steps:` key, anything else to the flow's name.
enum FlowFailureLocator {
    static func diagnostics(for error: any Error, in entry: FlowPlan) -> [Diagnostic] {
        let here = entry.location
        guard let api = error as? TaptalentError, case .api(let failure) = api.kind, !failure.details.isEmpty else {
            return [Diagnostic(.error, "flow \"\(entry.name)\": \(error)", at: here)]
        }
        return failure.details.sorted { $0.key < $1.key }.map { field, message in
            var at = here
            if let open = field.firstIndex(of: "["), let close = field.firstIndex(of: "]"),
               let index = Int(field[field.index(after: open)..<close]),
               let change = entry.stepChanges.first(where: { $0.position == index + 1 }) {
                at = change.location ?? here
            }
            return Diagnostic(.error, "flow \"\(entry.name)\": \(message)", at: at)
        }
    }
}

extension AssessmentOutcome {
    /// The outcome of a flow before any of its calls ran.
    init(notStarted entry: FlowPlan) {
        self.init(action: entry.action, name: entry.name, remoteId: entry.remoteId, stepsDone: 0,
                  stepsPlanned: entry.steps.count, questionChanges: 0, result: .done, recovered: false, kind: .flow)
    }
}

/// `apply PLANFILE` for flows: a flow the plan updates (or replaces) must be as the plan read it.
enum FlowStaleCheck {
    static func verify(_ flows: [FlowPlan], client: TaptalentClient) async throws {
        let read = flows.filter { $0.hasChanges && $0.remoteId != nil }
        guard !read.isEmpty else { return }
        let now = Dictionary(try await client.allFlows().map { ($0.id.value, RemoteFlow($0)) }, uniquingKeysWith: { first, _ in first })
        for entry in read {
            guard let id = entry.remoteId, let remote = now[id], FlowFingerprint.of(remote) == entry.fingerprint else {
                throw TapformError("plan is stale: flow \"\(entry.name)\" (\(entry.remoteId ?? "?")) changed in the account "
                    + "since the plan was made; nothing was applied. Run plan again and review the new plan.")
            }
        }
    }
}
