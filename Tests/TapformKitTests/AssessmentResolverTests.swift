import Foundation
@testable import TapformKit
import TaptalentAPI
import Testing

@Suite("invite, results, pull and generate: finding the assessment NAME refers to")
struct AssessmentResolverTests {
    private func locate(_ reference: AssessmentReference, files: [String: String] = [:], in emulator: TestEmulator) async throws -> LocatedAssessment {
        try await AssessmentResolver.locate(
            reference, project: TempProject(files).project, client: try emulator.client(), environment: "staging")
    }

    @Test("a file's name is resolved like plan does: through renamedFrom to the remote assessment")
    func throughFile() async throws {
        try await TestEmulator.with { emulator in
            let remote = try await RemoteSeeder(client: try emulator.client()).create("Backend Dev")
            let file = AssessmentYAML(name: "Backend Engineer", renamedFrom: ["Backend Dev"]).text
            let found = try await locate(.name("Backend Engineer"), files: ["assessments/backend.yaml": file], in: emulator)
            #expect(found.id == remote.assessmentId)
            #expect(found.file == "assessments/backend.yaml")
            #expect(found.isActive)
        }
    }

    @Test("a file whose assessment is not in the account yet is an error that says to apply first")
    func fileNotCreated() async throws {
        try await TestEmulator.with { emulator in
            let file = AssessmentYAML(name: "Sales Rep").text
            let thrown = await #expect(throws: TapformError.self) {
                _ = try await locate(.name("Sales Rep"), files: ["assessments/sales.yaml": file], in: emulator)
            }
            #expect(thrown?.message.contains("assessments/sales.yaml") == true)
            #expect(thrown?.message.contains("tapform apply") == true)
            #expect(thrown?.message.contains("staging") == true)
        }
    }

    @Test("without a file, an exact remote name is used; two of them are an error listing both ids")
    func remoteOnly() async throws {
        try await TestEmulator.with { emulator in
            let seeder = RemoteSeeder(client: try emulator.client())
            let one = try await seeder.create("Unmanaged One")
            #expect(try await locate(.name(" Unmanaged One "), in: emulator).id == one.assessmentId)

            let a = try await seeder.create("Twice")
            let b = try await seeder.create("Twice")
            let thrown = await #expect(throws: TapformError.self) { _ = try await locate(.name("Twice"), in: emulator) }
            #expect(thrown?.message.contains(a.assessmentId) == true)
            #expect(thrown?.message.contains(b.assessmentId) == true)
            #expect(thrown?.message.contains("--id") == true)
        }
    }

    @Test("an unknown name is a clear error, with a hint when only the case differs")
    func unknownName() async throws {
        try await TestEmulator.with { emulator in
            _ = try await RemoteSeeder(client: try emulator.client()).create("Support Agent")
            let thrown = await #expect(throws: TapformError.self) { _ = try await locate(.name("Nope"), in: emulator) }
            #expect(thrown?.message.contains("no assessment named \"Nope\"") == true)
            let hinted = await #expect(throws: TapformError.self) { _ = try await locate(.name("support agent"), in: emulator) }
            #expect(hinted?.message.contains("did you mean \"Support Agent\"") == true)
        }
    }

    @Test("--id finds an assessment by id, and a missing id is a clear error")
    func byId() async throws {
        try await TestEmulator.with { emulator in
            let created = try await RemoteSeeder(client: try emulator.client()).create("By Id", status: WireStatus.inactive)
            let found = try await locate(.id(created.assessmentId), in: emulator)
            #expect(found.name == "By Id")
            #expect(!found.isActive)
            let thrown = await #expect(throws: TapformError.self) { _ = try await locate(.id("missing-id"), in: emulator) }
            #expect(thrown?.message == "no assessment with id missing-id in environment \"staging\"")
        }
    }

    @Test("dash, quote and white-space variants of a remote name find it; the closest name is suggested")
    func lenientRemoteNames() async throws {
        try await TestEmulator.with { emulator in
            let seeder = RemoteSeeder(client: try emulator.client())
            let screen = try await seeder.create("Senior Backend Engineer — Screen")
            let quoted = try await seeder.create("Ann’s “Final” Round")
            for typed in ["Senior Backend Engineer - Screen", "Senior Backend Engineer – Screen",
                          "Senior  Backend Engineer -- Screen", "Senior Backend\tEngineer — Screen"] {
                #expect(try await locate(.name(typed), in: emulator).id == screen.assessmentId, "\(typed)")
            }
            for typed in ["Ann's \"Final\" Round", "Ann’s \"Final” Round", "Ann‘s ‘Final’ Round"] {
                #expect(try await locate(.name(typed), in: emulator).id == quoted.assessmentId, "\(typed)")
            }
            let thrown = await #expect(throws: TapformError.self) {
                _ = try await locate(.name("Senior Backend Engineer Screen"), in: emulator)
            }
            #expect(thrown?.message.contains("did you mean \"Senior Backend Engineer — Screen\"?") == true)
        }
    }

    @Test("names that differ only by dash variant: the exact one wins; a lenient match of both lists both ids")
    func lenientAmbiguity() async throws {
        try await TestEmulator.with { emulator in
            let seeder = RemoteSeeder(client: try emulator.client())
            let en = try await seeder.create("Screen – Backend")
            let em = try await seeder.create("Screen — Backend")
            #expect(try await locate(.name("Screen — Backend"), in: emulator).id == em.assessmentId)
            #expect(try await locate(.name("Screen – Backend"), in: emulator).id == en.assessmentId)
            let thrown = await #expect(throws: TapformError.self) { _ = try await locate(.name("Screen - Backend"), in: emulator) }
            #expect(thrown?.message.contains(en.assessmentId) == true)
            #expect(thrown?.message.contains(em.assessmentId) == true)
            #expect(thrown?.message.contains("--id") == true)
        }
    }

    @Test("pull and generate find files by the same rule: variants match, two files are an error naming both")
    func filesByTheSameRule() throws {
        let project = TempProject([
            "assessments/a.yaml": AssessmentYAML(name: "Support — Tier 1").text,
            "assessments/b.yaml": AssessmentYAML(name: "Support – Tier 1").text,
            "assessments/c.yaml": AssessmentYAML(name: "Data “Analyst”").text,
        ]).project
        #expect(try AssessmentResolver.files(named: ["Data \"Analyst\""], in: project).map(\.file) == ["assessments/c.yaml"])
        #expect(try AssessmentResolver.files(named: ["Support — Tier 1"], in: project).map(\.file) == ["assessments/a.yaml"])
        let ambiguous = #expect(throws: TapformError.self) {
            _ = try AssessmentResolver.files(named: ["Support - Tier 1"], in: project)
        }
        #expect(ambiguous?.message.contains("assessments/a.yaml") == true)
        #expect(ambiguous?.message.contains("assessments/b.yaml") == true)
        let missing = #expect(throws: TapformError.self) {
            _ = try AssessmentResolver.files(named: ["Data Anlyst"], in: project)
        }
        #expect(missing?.message.contains("did you mean \"Data “Analyst”\"?") == true)
    }
}
