import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

@Suite("import")
struct ImportTests {
    /// Every remote assessment of a populated account, naughty names and question texts included, imports
    /// as files that validate and plan clean.
    @Test("import --all round-trips a populated account, naughty strings included")
    func roundTrip() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let client = emulator.client
            let naughty = SeedingKit.naughtyStrings
            #expect(naughty.count > 400)
            var acceptedNames = 0
            for (index, name) in naughty.enumerated() {
                do {
                    try await SeedingKit.create(client, name: name, role: "Engineer \(index)")
                    acceptedNames += 1
                } catch let error as TaptalentError where error.status == 400 {
                    continue
                }
            }
            #expect(acceptedNames > 300)

            var acceptedQuestions = 0
            var holder = try await SeedingKit.create(client, name: "Naughty Questions 0", role: "Engineer")
            var seen = Set<String>()
            for (index, string) in naughty.enumerated() {
                let text = ReadableLength.pad(string)
                guard seen.insert(TextNormalizer.normalize(text)).inserted else { continue }
                if acceptedQuestions > 0 && acceptedQuestions % 50 == 0 {
                    holder = try await SeedingKit.create(client, name: "Naughty Questions \(acceptedQuestions / 50)", role: "Engineer")
                }
                let body = SeedingKit.question(text, 30 + index % 500, index % 3 == 0 ? string : nil)
                do {
                    _ = try await client.addQuestion(assessmentId: holder.assessmentId, body)
                    acceptedQuestions += 1
                } catch let error as TaptalentError where error.status == 400 {
                    continue
                }
            }
            #expect(acceptedQuestions > 400)

            let job = try await emulator.controls.seedJob(JobBody(title: "Staff Engineer", city: "Lisbon", state: "Lisbon", country: "Portugal"))
            try await SeedingKit.create(client, name: "Full Settings Screen", role: "Staff Engineer", questions: [
                SeedingKit.question("Explain consensus to a new hire.", 240, "Quorum, leader election, failure modes."),
            ], duration: 45, skills: ["Go", "Raft", "go-kit"], purpose: "  Depth in distributed systems.  ",
               jobId: job.id.value, emailVerification: true, cefr: true, language: "spanish")
            try await SeedingKit.create(client, name: "Retired Screen", status: WireStatus.inactive)
            let twinOld = try await SeedingKit.create(client, name: "Twin Name", status: WireStatus.inactive)
            let twinLive = try await SeedingKit.create(client, name: "Twin Name")

            let report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(all: true), client: client, environment: "local")

            let failures = report.skipped.filter(\.isFailure)
            #expect(failures.isEmpty, "\(failures.prefix(10).map { "\($0.name.debugDescription): \($0.reason)" })")
            #expect(report.notFound.isEmpty)
            let total = try await client.allAssessments().count
            #expect(report.written.count + report.skipped.count == total)
            #expect(report.skipped.allSatisfy { $0.reason.contains("two files cannot share a name") })
            #expect(report.written.count > 300)

            let twin = try #require(report.written.first { $0.name == "Twin Name" })
            #expect(twin.remoteId == twinLive.assessmentId && twin.pinnedId)
            #expect(report.skipped.contains { $0.remoteId == twinOld.assessmentId })
            let twinText = try folder.read(twin.file)
            #expect(twinText.contains("id: \(twinLive.assessmentId)") || twinText.contains("id: \"\(twinLive.assessmentId)\""))
            let retired = try #require(report.written.first { $0.name == "Retired Screen" })
            #expect(try folder.read(retired.file).contains("status: inactive"))
            #expect(retired.file == "assessments/retired-screen.yaml")

            let project = folder.project
            // The account may hold questions that repeat one another: the files then carry warnings, not errors.
            #expect(!project.spec.hasErrors, "\(project.spec.diagnostics.filter(\.isError).prefix(5))")
            #expect(project.spec.diagnostics.allSatisfy { $0.code == .duplicateQuestion })
            #expect(project.spec.assessments.count == report.written.count)
            let plan = try await SeedingKit.plan(folder.root, client: client)
            #expect(!plan.hasChanges, "\(plan.assessments.filter(\.hasChanges).prefix(5).map(\.name))")
            #expect(!plan.hasErrors)
            #expect(plan.assessments.allSatisfy { $0.action == .noChange })
        }
    }

    @Test("import skips names the project declares, keeps existing files without --force, and re-imports with it")
    func skipAndOverwriteRules() async throws {
        let handWritten = "# mine\nname: Declared Screen\nrole: Backend Engineer\n"
        let folder = try SeedingKit.Folder(["assessments/hand-written.yaml": handWritten])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            let client = emulator.client
            try await SeedingKit.create(client, name: "Declared Screen")
            let fresh = try await SeedingKit.create(client, name: "Fresh Screen",
                                                    questions: [SeedingKit.question("What would you automate first?")])

            var report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Declared Screen", "Fresh Screen", "Missing Screen"]),
                client: client, environment: "t")
            #expect(report.written.map(\.file) == ["assessments/fresh-screen.yaml"])
            #expect(report.skipped.map(\.name) == ["Declared Screen"])
            #expect(report.skipped.first?.reason.contains("assessments/hand-written.yaml") == true)
            #expect(report.notFound == ["Missing Screen"])
            #expect(report.hasFailures)
            #expect(try folder.read("assessments/hand-written.yaml") == handWritten)
            #expect(!folder.exists("assessments/declared-screen.yaml"))

            report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Fresh Screen"]), client: client, environment: "t")
            #expect(report.written.isEmpty)
            #expect(report.skipped.first?.reason.contains("--force overwrites") == true)
            #expect(!report.hasFailures)

            _ = try await client.updateAssessment(id: fresh.assessmentId, AssessmentBody(purposeOfInterview: .value("Changed in the dashboard.")))
            #expect(try await SeedingKit.plan(folder.root, client: client).hasChanges)
            report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Fresh Screen"], force: true), client: client, environment: "t")
            #expect(report.written.first?.overwritten == true)
            #expect(try folder.read("assessments/fresh-screen.yaml").contains("Changed in the dashboard."))
            #expect(!(try await SeedingKit.plan(folder.root, client: client)).hasChanges)
            #expect(try folder.read("assessments/hand-written.yaml") == handWritten)
        }
    }

    @Test("import never overwrites a file declaring another assessment, and --force replaces other files at the target")
    func targetPaths() async throws {
        let folder = try SeedingKit.Folder([
            "assessments/backend.yaml": "name: Backend!\nrole: Backend Engineer\n",
            "elsewhere/other-screen.yaml": "not an assessment the project reads\n",
        ])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Backend!")
            try await SeedingKit.create(emulator.client, name: "Backend?")
            try await SeedingKit.create(emulator.client, name: "Other Screen")
            let report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Backend?"]), client: emulator.client, environment: "t")
            #expect(report.written.map(\.file) == ["assessments/backend-2.yaml"])
            #expect(try folder.read("assessments/backend.yaml") == "name: Backend!\nrole: Backend Engineer\n")
            #expect(!(try await SeedingKit.plan(folder.root, client: emulator.client)).hasChanges)

            let kept = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Other Screen"], directory: "elsewhere/"),
                client: emulator.client, environment: "t")
            #expect(kept.written.isEmpty && kept.skipped.first?.reason.contains("elsewhere/other-screen.yaml exists") == true)
            let forced = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(names: ["Other Screen"], directory: "elsewhere", force: true),
                client: emulator.client, environment: "t")
            #expect(forced.written.first?.file == "elsewhere/other-screen.yaml" && forced.written.first?.overwritten == true)
            #expect(try folder.read("elsewhere/other-screen.yaml").contains("name: Other Screen"))
            #expect(forced.notes.contains { $0.contains("outside the assessments folder") })
        }
    }

    @Test("import skips a name that a project file lists in renamedFrom")
    func renamedFromName() async throws {
        let folder = try SeedingKit.Folder([
            "assessments/current.yaml": "name: Current Screen\nrenamedFrom: [Former Screen]\nrole: Backend Engineer\n",
        ])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "Current Screen")
            try await SeedingKit.create(emulator.client, name: "Former Screen")
            let report = try await ImportUseCase.run(
                project: folder.project, options: ImportOptions(all: true), client: emulator.client, environment: "t")
            #expect(report.written.isEmpty)
            #expect(report.skipped.map(\.name).sorted() == ["Current Screen", "Former Screen"])
            #expect(report.skipped.contains { $0.reason.contains("lists \"Former Screen\" in renamedFrom") })
            #expect(!folder.project.spec.hasErrors)
        }
    }

    @Test("import needs names or --all, not both")
    func arguments() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            for options in [ImportOptions(), ImportOptions(names: ["X"], all: true)] {
                await #expect(throws: TapformError.self) {
                    try await ImportUseCase.run(project: folder.project, options: options, client: emulator.client, environment: "t")
                }
            }
        }
    }

    @Test("file names are slugs of the names")
    func slugs() {
        #expect(FileSlug.slug("Senior Backend Engineer — Screen", id: "1") == "senior-backend-engineer-screen")
        #expect(FileSlug.slug("Ingeniería de Datos (Señor)", id: "1") == "ingenieria-de-datos-senor")
        #expect(FileSlug.slug("../../etc/passwd", id: "1") == "etc-passwd")
        #expect(FileSlug.slug("面接", id: "a1B2") == "assessment-a1b2")
        #expect(FileSlug.slug(String(repeating: "long name ", count: 20), id: "1").count <= FileSlug.maxLength)
    }
}

/// Question texts from naughty strings: as they are when the API's length allows, else padded to it.
enum ReadableLength {
    static func pad(_ string: String) -> String {
        let length = string.trimmingCharacters(in: .whitespacesAndNewlines).count
        if length >= 10 && length <= 1_000 { return string }
        if length > 1_000 { return String(string.prefix(900)) }
        return "Naughty: \(string) — explain."
    }
}
