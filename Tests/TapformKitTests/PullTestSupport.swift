import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI
import TaptalentEmulator

/// Helpers shared by the pull, generate, import and doctor tests (kept here, apart from Support/, which
/// belongs to the plan/apply tests).
enum SeedingKit {
    /// A project folder under the temporary directory.
    typealias Folder = TemporaryFolder

    /// The test emulator (`TestEmulator`) with one client that never retries, so that counts are exact.
    struct Emulator: Sendable {
        let harness: TestEmulator
        let client: TaptalentClient

        var controls: EmulatorControlClient { harness.controls }
        var url: URL { harness.baseURL }
        var key: String { harness.apiKey }

        /// Requests counted by the emulator, `METHOD /path-pattern` to count.
        func requests() async throws -> [String: Int] { try await controls.counters().requests }
    }

    /// Runs `body` with a fresh emulator, stopped afterwards.
    static func withEmulator<T>(_ variant: WireVariant = .documented, _ body: (Emulator) async throws -> T) async throws -> T {
        try await TestEmulator.with(variant) { harness in
            try await body(Emulator(harness: harness, client: try harness.client(retry: .none)))
        }
    }

    /// What `plan` computes for the project at `root` against the account: load (must validate), resolve,
    /// fetch the matched assessments, plan.
    static func plan(_ root: URL, client: TaptalentClient) async throws -> Plan {
        let project = Project.load(root: root)
        try project.requireValid()
        let summaries = try await client.allAssessments().map(RemoteAssessmentSummary.init)
        let resolution = IdentityResolver.resolve(desired: project.spec.assessments.map(DesiredAssessment.init), remote: summaries)
        var fetched: [String: RemoteAssessment] = [:]
        for id in resolution.idsToFetch { fetched[id] = RemoteAssessment(try await client.assessment(id: id)) }
        return Planner.plan(resolution, fetched: fetched)
    }

    /// Creates a voice interview through the API.
    @discardableResult
    static func create(
        _ client: TaptalentClient, name: String, role: String = "Backend Engineer", questions: [QuestionBody] = [],
        status: String? = nil, duration: Int? = nil, skills: [String]? = nil, purpose: String? = nil,
        jobId: String? = nil, emailVerification: Bool? = nil, cefr: Bool? = nil, language: String? = nil
    ) async throws -> WireAssessment {
        try await client.createAudioInterview(AssessmentBody(
            testName: name, jobId: jobId.map { .value($0) }, status: status, hiringForRole: role,
            purposeOfInterview: purpose.map { .value($0) }, duration: duration, aiLanguage: language, skills: skills,
            isEmailVerificationRequired: emailVerification, shouldEvaluateCEFR: cefr, questions: questions))
    }

    static func question(_ text: String, _ timeLimit: Int? = nil, _ idealAnswer: String? = nil) -> QuestionBody {
        QuestionBody(question: text, timeLimit: timeLimit, idealAnswer: idealAnswer.map { .value($0) })
    }

    /// The bytes of `new` outside the block that replaced `old[block]` equal those of `old`: the prefix
    /// before the block and the suffix after it are byte-identical.
    static func onlyBlockChanged(old: String, new: String, block: Range<Int>) -> Bool {
        let before = Array(old.utf8), after = Array(new.utf8)
        let prefix = before[..<block.lowerBound], suffix = before[block.upperBound...]
        guard after.count >= prefix.count + suffix.count else { return false }
        return after.prefix(prefix.count).elementsEqual(prefix) && after.suffix(suffix.count).elementsEqual(suffix)
    }

    /// The Big List of Naughty Strings, from the test data the repository carries (`Tests/TestData`).
    static let naughtyStrings: [String] = {
        let file = RepositoryPaths.testData.appendingPathComponent("naughty-strings/blns.json")
        guard let bytes = try? Data(contentsOf: file), let strings = try? JSONDecoder().decode([String].self, from: bytes),
              !strings.isEmpty else {
            preconditionFailure("cannot read the naughty strings at \(file.path)")
        }
        return strings
    }()
}

extension TemporaryFolder {
    /// A seeding folder holding `files` (root-relative path -> text).
    init(_ files: [String: String]) throws { try self.init("seeding", files: files) }

    var root: URL { url }

    var project: Project { Project.load(root: url) }

    func files(under folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path).sorted()
    }
}
