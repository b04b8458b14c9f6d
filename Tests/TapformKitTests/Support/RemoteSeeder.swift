import Foundation
import TaptalentAPI

/// Puts assessments into an emulator account through the client, as another user of the account would.
struct RemoteSeeder {
    let client: TaptalentClient

    /// Creates one voice interview with these question texts (default time limits, no ideal answers).
    @discardableResult
    func create(_ name: String, role: String = "Engineer", questions: [String] = [], status: String? = nil) async throws -> WireAssessment {
        try await client.createAudioInterview(AssessmentBody(
            testName: name, status: status, hiringForRole: role,
            questions: questions.map { QuestionBody(question: $0) }))
    }

    /// Creates `names.count` assessments, eight at a time; returns them in the order of `names`.
    func createMany(_ names: [String]) async throws -> [WireAssessment] {
        var created: [Int: WireAssessment] = [:]
        try await withThrowingTaskGroup(of: (Int, WireAssessment).self) { group in
            var next = 0
            func launch() {
                let index = next
                let name = names[index]
                group.addTask { (index, try await create(name)) }
                next += 1
            }
            while next < min(8, names.count) { launch() }
            while let (index, assessment) = try await group.next() {
                created[index] = assessment
                if next < names.count { launch() }
            }
        }
        return names.indices.map { created[$0]! }
    }
}
