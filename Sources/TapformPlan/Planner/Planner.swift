import TaptalentContract

/// Builds the plan from a resolution and the fetched remote assessments. Pure and deterministic.
public enum Planner {
    /// - Parameter unmanagedRead: unmanaged assessments read with their questions for `RenameHint`, by id.
    public static func plan(
        _ resolution: Resolution, fetched: [String: RemoteAssessment], options: PlanOptions = PlanOptions(),
        unmanagedRead: [String: RemoteAssessment] = [:]
    ) -> Plan {
        var entries: [AssessmentPlan] = []
        for matched in resolution.matched {
            if let remote = fetched[matched.remote.id] {
                entries.append(planUpdate(matched, remote: remote, options: options))
            } else {
                entries.append(blocked(matched.desired, remoteId: matched.remote.id, [Diagnostic(.error,
                    "remote assessment \(matched.remote.id) was not fetched", at: matched.desired.location(of: .name))]))
            }
        }
        entries += resolution.toCreate.map { desired in
            var entry = planCreate(desired)
            if let hint = RenameHint.hint(for: desired, unmanaged: resolution.unmanaged, read: unmanagedRead) {
                entry.warnings.append(hint)
            }
            return entry
        }
        entries += resolution.unresolved.map { blocked($0.desired, remoteId: nil, $0.errors) }
        entries.sort { ($0.filePath ?? "", $0.name) < ($1.filePath ?? "", $1.name) }

        let pruned = resolution.unmanaged
            .filter { options.pruneIds.contains($0.id) && $0.status == .active }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        entries += pruned.map { planPrune($0, options: options) }
        let prunedIds = Set(pruned.map(\.id))
        let unmanaged = resolution.unmanaged.filter { !prunedIds.contains($0.id) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }

        var warnings = resolution.warnings
        let drifted = unmanaged.filter { $0.status == .active && options.manageScope[$0.id] != nil }
        for remote in drifted {
            warnings.append(Diagnostic(.warning,
                "\"\(remote.name)\" (\(remote.id)) appeared in the manage: scope but no file declares it: "
                    + "`tapform import \"\(remote.name)\"` writes its file, `apply --prune` deactivates it",
                at: options.manageScope[remote.id]))
        }
        if !unmanaged.isEmpty {
            let names = unmanaged.prefix(5).map { "\"\($0.name)\"" }.joined(separator: ", ")
            let more = unmanaged.count > 5 ? " and \(unmanaged.count - 5) more" : ""
            let count = unmanaged.count == 1 ? "1 remote assessment is" : "\(unmanaged.count) remote assessments are"
            warnings.append(Diagnostic(.warning, "\(count) not managed here and left untouched: \(names)\(more)"))
        }
        return Plan(
            assessments: entries,
            unmanaged: unmanaged.map {
                UnmanagedAssessment(id: $0.id, name: $0.name, status: $0.status, inManageScope: options.manageScope[$0.id] != nil)
            },
            warnings: warnings, identityFingerprint: resolution.identityFingerprint)
    }

    private static func planUpdate(_ matched: MatchedAssessment, remote: RemoteAssessment, options: PlanOptions) -> AssessmentPlan {
        let desired = matched.desired
        let old = AssessmentSettings(remote), new = AssessmentSettings(desired)
        let (diffs, patch) = SettingsDiffer.diff(old: old, new: new, locate: desired.location(of:))
        var entry = AssessmentPlan(
            action: .noChange, name: new.name, remoteId: remote.id, filePath: desired.filePath,
            location: desired.location(of: .name), fieldDiffs: diffs, fingerprint: RemoteFingerprint.of(remote))
        if case .renamedFrom(let oldName) = matched.reason { entry.renamedFrom = oldName }
        var steps: [PlanStep] = patch.isEmpty ? [] : [.updateSettings(patch)]

        if let questions = desired.questions {
            entry.errors += limitErrors(desired, questions)
            let output = QuestionStepBuilder.build(remote: remote.orderedQuestions, desired: questions)
            entry.questionChanges = output.changes.map { change in
                var change = change
                if change.location == nil { change.location = desired.location(of: .questions) }
                return change
            }
            steps += output.steps
        } else {
            entry.generatedNotInFile = remote.orderedQuestions.map { TextNormalizer.normalize($0.text) }
            if !entry.generatedNotInFile.isEmpty {
                let count = entry.generatedNotInFile.count
                entry.warnings.append(Diagnostic(.warning,
                    "\(count) generated question\(count == 1 ? " is" : "s are") not in the file; "
                        + "`tapform pull \"\(new.name)\"` writes them into it for review",
                    at: desired.location(of: .generate)))
            }
        }

        let deactivating = old.status == .active && new.status == .inactive
        let deletions = entry.questionChanges.count { $0.kind == .delete }
        entry.errors += Guards.check(
            desired: desired, deactivating: deactivating, deletions: deletions,
            submissions: remote.submissionCount, options: options)
        if !steps.isEmpty && remote.status == .active && remote.submissionCount > 0 {
            let first = diffs.first?.location ?? entry.questionChanges.first?.location ?? desired.location(of: .name)
            entry.warnings.append(Diagnostic(.warning,
                "\"\(new.name)\" is live with \(remote.submissionCount) submission"
                    + (remote.submissionCount == 1 ? "" : "s") + "; candidates from now on get the changed version",
                at: first))
        }

        if !entry.errors.isEmpty {
            entry.action = .blocked
        } else if !steps.isEmpty {
            entry.action = deactivating ? .deactivate : .update
            entry.steps = steps
        }
        return entry
    }

    private static func planCreate(_ desired: DesiredAssessment) -> AssessmentPlan {
        let settings = AssessmentSettings(desired)
        var entry = AssessmentPlan(
            action: .create, name: settings.name, filePath: desired.filePath, location: desired.location(of: .name),
            fieldDiffs: SettingsDiffer.creation(settings, locate: desired.location(of:)))
        if let questions = desired.questions {
            entry.errors = limitErrors(desired, questions)
            let contents = questions.map(QuestionContent.init)
            entry.questionChanges = contents.enumerated().map { index, content in
                QuestionChange(kind: .create, text: content.text, from: nil, to: index + 1, location: questions[index].location)
            }
            entry.steps = [.createAssessment(CreateAssessmentStep(settings: settings, questions: contents))]
        } else {
            entry.generateCount = desired.generateCount
            entry.steps = [.autoGenerate(AutoGenerateStep(settings: settings, count: desired.generateCount))]
        }
        if !entry.errors.isEmpty {
            entry.action = .blocked
            entry.steps = []
        }
        return entry
    }

    private static func planPrune(_ summary: RemoteAssessmentSummary, options: PlanOptions) -> AssessmentPlan {
        var entry = AssessmentPlan(
            action: .deactivate, name: summary.name, remoteId: summary.id,
            fieldDiffs: [.choice(field: SpecKey.status.rawValue, old: summary.status.rawValue,
                                 new: AssessmentStatus.inactive.rawValue)],
            fingerprint: RemoteFingerprint.of(summary))
        entry.errors = Guards.checkPrune(summary, options: options)
        if entry.errors.isEmpty {
            entry.steps = [.updateSettings(SettingsPatch(status: .inactive))]
        } else {
            entry.action = .blocked
        }
        return entry
    }

    private static func blocked(_ desired: DesiredAssessment, remoteId: String?, _ errors: [Diagnostic]) -> AssessmentPlan {
        AssessmentPlan(
            action: .blocked, name: TextNormalizer.normalize(desired.name), remoteId: remoteId,
            filePath: desired.filePath, location: desired.location(of: .name), errors: errors)
    }

    private static func limitErrors(_ desired: DesiredAssessment, _ questions: [DesiredQuestion]) -> [Diagnostic] {
        guard questions.count > QuestionListSimulator.questionLimit else { return [] }
        return [Diagnostic(.error,
            "\(questions.count) questions; an assessment holds at most \(QuestionListSimulator.questionLimit)",
            at: desired.location(of: .questions))]
    }
}
