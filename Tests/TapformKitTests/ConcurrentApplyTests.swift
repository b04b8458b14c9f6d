import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSupport
import TaptalentAPI

/// Several applies of the same files at once against one served emulator with 200 to 400 ms of latency,
/// each run with its own client and no shared lock (as on separate machines): afterwards one active
/// assessment per name, nothing duplicated, a clean plan, and each run's report and exit status true.
///
/// `TAPFORM_RACE_SEEDS` sets the seeds per run count (default 8; the figures in
/// docs/decisions/concurrent-applies.md come from 50). Seeds run concurrently: the latency is waiting.
@Suite("concurrent applies: nothing duplicated, every report true")
struct ConcurrentApplyTests {
    static let seeds = ProcessInfo.processInfo.environment["TAPFORM_RACE_SEEDS"].flatMap(Int.init) ?? 8
    static let seedsAtOnce = 10
    static let latency = EmulatorFaults(latencyMs: 200, latencyJitterMs: 200)

    @Test("2 and 4 runs at once over many seeds", arguments: [2, 4])
    func concurrentRuns(runs: Int) async throws {
        let results = try await withThrowingTaskGroup(of: SeedResult.self) { group in
            var results: [SeedResult] = []
            var next = 0
            func addSeed() {
                let seed = UInt64(runs * 100_000 + next)
                next += 1
                group.addTask { try await Self.race(seed: seed, runs: runs) }
            }
            while next < min(Self.seeds, Self.seedsAtOnce) { addSeed() }
            while let result = try await group.next() {
                results.append(result)
                if next < Self.seeds { addSeed() }
            }
            return results
        }
        let duplicates = results.reduce(0) { $0 + $1.duplicates }
        let retracted = results.reduce(0) { $0 + $1.retracted }
        let taken = results.reduce(0) { $0 + $1.taken }
        let questionsDeleted = results.reduce(0) { $0 + $1.questionsDeleted }
        print("concurrent applies: \(runs) runs × \(results.count) seeds: duplicates \(duplicates), copies retracted "
            + "\(retracted), creates skipped as already made \(taken), question copies deleted \(questionsDeleted), runs reporting a conflict "
            + "\(results.reduce(0) { $0 + $1.conflictedRuns }) of \(runs * results.count)")
        #expect(duplicates == 0)
        #expect(retracted + taken > 0, "the runs must race for some creates, or this proves nothing")
        #expect(questionsDeleted > 0, "the runs must race for some added questions, or this proves nothing")
    }

    struct SeedResult: Sendable {
        var duplicates = 0
        var retracted = 0
        var taken = 0
        var conflictedRuns = 0
        var questionsDeleted = 0
    }

    /// One seed: `runs` applies of the same files, started together; then every check.
    static func race(seed: UInt64, runs: Int) async throws -> SeedResult {
        try await TestEmulator.with { emulator in
            let scenario = RaceScenario.make(seed: seed)
            let setup = try emulator.client()
            try await scenario.populate(setup)
            let project = TempProject(scenario.projectFiles).project
            try await emulator.controls.setFaults(latency)

            let reports = try await withThrowingTaskGroup(of: (Int, ApplyReport?).self) { group in
                for run in 0..<runs {
                    let client = try emulator.client()
                    group.addTask {
                        let planned = try await PlanUseCase.run(project: project, client: client, request: PlanRequest())
                        guard planned.plan.hasChanges else { return (run, nil) }
                        return (run, try await ApplyUseCase.apply(planned.plan, baseline: planned.baseline, client: client))
                    }
                }
                var reports: [ApplyReport?] = Array(repeating: nil, count: runs)
                for try await (run, report) in group { reports[run] = report }
                return reports
            }
            try await emulator.controls.setFaults(EmulatorFaults())
            return try await check(scenario, project: project, reports: reports, emulator: emulator)
        }
    }

    static func check(
        _ scenario: RaceScenario, project: Project, reports: [ApplyReport?], emulator: TestEmulator
    ) async throws -> SeedResult {
        let seed = scenario.seed
        let client = try emulator.client()
        var result = SeedResult()
        let all = try await client.allAssessments()
        let byName = Dictionary(grouping: all) { TextNormalizer.normalize($0.testName) }

        // One assessment per file name, active as the file says, holding exactly the file's questions.
        for file in scenario.files {
            let copies = byName[file.name] ?? []
            if copies.count != 1 {
                result.duplicates += max(0, copies.count - 1)
                Issue.record("seed \(seed): \(copies.count) assessments named \"\(file.name)\": \(copies.map(\.assessmentId))")
                continue
            }
            let remote = try await client.assessment(id: copies[0].assessmentId)
            let texts = (remote.questions ?? []).sorted { ($0.order ?? 0) < ($1.order ?? 0) }.map(\.question)
            let wanted = (file.questions ?? []).map(\.text)
            if texts != wanted {
                result.duplicates += max(0, texts.count - Set(texts).count)
                Issue.record("seed \(seed): \"\(file.name)\" holds \(texts), expected \(wanted)")
            }
        }
        // Every other assessment is a copy some run retracted and said so.
        let conflictTexts = reports.compactMap { $0 }.flatMap { $0.conflicts.compactMap(\.conflict) }
        let retracted = all.filter { TextNormalizer.normalize($0.testName).hasPrefix("[retracted duplicate ") }
        result.retracted = retracted.count
        for copy in retracted {
            if copy.status != WireStatus.inactive { Issue.record("seed \(seed): retracted copy \(copy.assessmentId) is active") }
            if !conflictTexts.contains(where: { $0.contains("this run created a copy (\(copy.assessmentId))") }) {
                Issue.record("seed \(seed): no run reported retracting \(copy.assessmentId)")
            }
        }
        let expectedCount = scenario.files.count + scenario.unmanaged + retracted.count
        if all.count != expectedCount {
            Issue.record("seed \(seed): \(all.count) assessments, expected \(expectedCount): \(all.map(\.testName))")
        }
        let counters = try await emulator.counters()
        if counters.assessmentsCreated != scenario.existing.count + scenario.unmanaged + scenario.created.count + retracted.count {
            Issue.record("seed \(seed): \(counters.assessmentsCreated) creates, for \(scenario.created.count) new names and \(retracted.count) retracted copies")
        }

        // Each creation reported as done by exactly one run, the surviving one; the others say why not.
        for name in scenario.created {
            let survivor = byName[name]?.first?.assessmentId
            let done = reports.compactMap { $0 }.flatMap(\.outcomes).filter { $0.name == name && $0.action == .create && $0.result == .done }
            if done.count != 1 || done.first?.remoteId != survivor {
                Issue.record("seed \(seed): \"\(name)\" reported created by \(done.count) runs (\(done.compactMap(\.remoteId))), survivor \(survivor ?? "none")")
            }
            for report in reports.compactMap({ $0 }) {
                guard let outcome = report.outcomes.first(where: { $0.name == name }), let conflict = outcome.conflict else { continue }
                if conflict.contains("after this plan was made") {
                    result.taken += 1
                    if !conflict.contains("(\(survivor ?? "?"))") { Issue.record("seed \(seed): \(conflict) names the wrong id") }
                } else if !conflict.contains("first (\(survivor ?? "?"))") {
                    Issue.record("seed \(seed): \(conflict) names the wrong winner")
                }
            }
        }
        // Every question copy a run said it deleted is gone.
        for report in reports.compactMap({ $0 }) {
            for outcome in report.conflicts where outcome.action == .update {
                let deleted = outcome.conflict!.components(separatedBy: "this run deleted its copy (").dropFirst()
                    .compactMap { $0.split(separator: ")").first.map(String.init) }
                result.questionsDeleted += deleted.count
                let ids = Set((try await client.assessment(id: outcome.remoteId!).questions ?? []).map(\.questionId))
                if deleted.isEmpty || deleted.contains(where: ids.contains) {
                    Issue.record("seed \(seed): \(outcome.conflict!) but the copy is still there")
                }
            }
        }
        // Exit status: success exactly when the run neither failed nor lost a race.
        for (run, report) in reports.enumerated() {
            guard let report else { continue }
            if !report.failures.isEmpty { Issue.record("seed \(seed) run \(run): failed:\n\(report.text)") }
            if report.isSuccess != report.conflicts.isEmpty { Issue.record("seed \(seed) run \(run): exit status wrong") }
            if !report.conflicts.isEmpty {
                result.conflictedRuns += 1
                if !report.text.contains("conflicted with another run") { Issue.record("seed \(seed) run \(run): \(report.text)") }
            }
        }
        let plan = try await PlanUseCase.run(project: project, client: client, request: PlanRequest()).plan
        if plan.hasChanges || plan.hasErrors { Issue.record("seed \(seed): plan after the runs:\n\(HumanPlanRenderer.render(plan))") }
        return result
    }
}

/// Files for a race: new assessments (created by the runs, 0 to 4 inline questions), existing ones whose
/// files change a setting (every run updates it alike) and add 1 to 3 questions, at the end or between
/// others (every run adds the same), and assessments no file declares.
struct RaceScenario {
    var seed: UInt64
    var files: [AssessmentYAML]
    /// The names no assessment has before the runs.
    var created: [String]
    /// The files whose assessment exists before the runs: with another duration, and without the file's
    /// questions at the positions in `missing` (0-based).
    var existing: [AssessmentYAML]
    var missing: [Set<Int>]
    var unmanaged: Int

    static func make(seed: UInt64) -> RaceScenario {
        var random = SplitMix64(seed: seed)
        var files: [AssessmentYAML] = []
        var created: [String] = []
        var existing: [AssessmentYAML] = []
        var missing: [Set<Int>] = []
        for name in ConvergenceScenario.names.shuffled(using: &random).prefix(Int.random(in: 2...5, using: &random)) {
            var file = AssessmentYAML(name: name, role: random.pick(ConvergenceScenario.roles))
            file.durationMinutes = random.pick([15, 20, 30])
            file.questions = ConvergenceScenario.pool.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random))
                .map { AssessmentYAML.Question(text: $0) }
            if random.chance(0.6) {
                created.append(name)
            } else {
                let present = Set((file.questions ?? []).map(\.text))
                let more = ConvergenceScenario.pool.filter { !present.contains($0) }
                    .shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)).map { AssessmentYAML.Question(text: $0) }
                file.questions = (file.questions ?? []) + more
                existing.append(file)
                let all = Array(file.questions!.indices)
                missing.append(Set(all.shuffled(using: &random).prefix(Int.random(in: 1...min(3, all.count), using: &random))))
            }
            files.append(file)
        }
        return RaceScenario(seed: seed, files: files, created: created, existing: existing, missing: missing,
                            unmanaged: Int.random(in: 0...1, using: &random))
    }

    var projectFiles: [String: String] {
        Dictionary(uniqueKeysWithValues: files.map { ("assessments/\($0.name.lowercased().replacingOccurrences(of: " ", with: "-")).yaml", $0.text) })
    }

    func populate(_ client: TaptalentClient) async throws {
        for (file, missing) in zip(existing, missing) {
            let questions = (file.questions ?? []).enumerated().filter { !missing.contains($0.offset) }.map(\.element)
            _ = try await client.createAudioInterview(AssessmentBody(
                testName: file.name, hiringForRole: file.role, duration: (file.durationMinutes ?? 20) + 5,
                questions: questions.map { QuestionBody(question: $0.text) }))
        }
        for index in 0..<unmanaged {
            _ = try await client.createAudioInterview(AssessmentBody(testName: "Unmanaged \(index)", hiringForRole: "Someone"))
        }
    }
}
