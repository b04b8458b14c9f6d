import Foundation
import TapformInvite
import TapformResults
@testable import TapformKit
import TaptalentAPI
import TapformSupport
import Testing

@Suite("results: export of completed candidates")
struct ResultsUseCaseTests {
    @Test("every page is exported: 250 completions, oldest first")
    func allPages() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let assessment = try await RemoteSeeder(client: client).create("Results Target")
            let other = try await RemoteSeeder(client: client).create("Other")
            for n in 1...250 {
                try await emulator.controls.complete(assessmentId: assessment.assessmentId, EmulatorCompletionBody(
                    email: "c\(n)@example.com", firstName: "C\(n)", score: Double(n % 101), cefrLevel: n % 2 == 0 ? "B2" : nil))
            }
            try await emulator.controls.complete(assessmentId: other.assessmentId, EmulatorCompletionBody(email: "x@example.com", score: 1))

            let results = try await ResultsUseCase(client: client).fetch(assessmentId: assessment.assessmentId)
            #expect(results.count == 250)
            #expect(Set(results.map(\.email)).count == 250)
            #expect(!results.contains { $0.email == "x@example.com" })
            #expect(results.allSatisfy { $0.reportUrl != nil && $0.submittedAt != nil })
            let times = results.compactMap(\.submittedAt)
            #expect(times == times.sorted())

            let counters = try await emulator.counters()
            #expect(counters.count("GET", WirePath.candidates(":assessmentId")) == 3, "three pages of 100")
            #expect(counters.writes == 2, "only the two assessments the test created")

            let csv = try ResultsUseCase.render(results, format: .csv, masker: EmailMasker(isEnabled: true))
            let lines = csv.split(separator: "\r\n")
            #expect(lines.count == 251)
            #expect(lines[0] == "email,firstName,lastName,score,cefrLevel,submittedAt,reportUrl")
            #expect(csv.contains("c2@example.com"), "CSV is data: never masked")
        }
    }

    @Test("CSV neutralises cells a spreadsheet would run as formulas; JSON keeps them as they are")
    func formulaCells() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let assessment = try await RemoteSeeder(client: client).create("Formulas")
            try await emulator.controls.complete(assessmentId: assessment.assessmentId, EmulatorCompletionBody(
                email: "eve@example.com", firstName: "=HYPERLINK(\"http://evil.example\",\"x\")", lastName: "+1,2", score: 91.5,
                cefrLevel: "C1"))
            let results = try await ResultsUseCase(client: client).fetch(assessmentId: assessment.assessmentId)

            let csv = try ResultsUseCase.render(results, format: .csv, masker: EmailMasker(isEnabled: false))
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("results-\(UUID().uuidString).csv")
            defer { try? FileManager.default.removeItem(at: url) }
            try AtomicFile.write(Data(csv.utf8), to: url)
            #expect(csv.contains(#""'=HYPERLINK(""http://evil.example"",""x"")","'+1,2""#), "\(csv)")
            // tapform's own reader undoes the neutralising.
            let rows = try inviteReadCSV(url)
            #expect(rows.count == 2)
            #expect(rows[1][1] == "=HYPERLINK(\"http://evil.example\",\"x\")")
            #expect(rows[1][2] == "+1,2")
            #expect(rows[1][3] == "91.5")
            #expect(rows[1][4] == "C1")
            #expect(rows[1][5].hasSuffix("Z") && rows[1][5].contains("T"), "ISO 8601 UTC: \(rows[1][5])")

            let json = try ResultsUseCase.render(results, format: .json, masker: EmailMasker(isEnabled: false))
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(decoded?.first?["firstName"] as? String == "=HYPERLINK(\"http://evil.example\",\"x\")")
            #expect(decoded?.first?["score"] as? Double == 91.5)
        }
    }

    @Test("the table masks emails under CI")
    func tableMasks() throws {
        let results = [CandidateResult(email: "john@example.com", firstName: "John", score: 80, submittedAt: 1_714_555_800_000)]
        let masked = try ResultsUseCase.render(results, format: .table, masker: EmailMasker(environment: ["CI": "1"]))
        #expect(masked.contains("j***@example.com"))
        #expect(!masked.contains("john@"))
        let plain = try ResultsUseCase.render(results, format: .table, masker: EmailMasker(environment: [:]))
        #expect(plain.contains("john@example.com"))
    }

    @Test("the format: --format, else --out's extension, else a table on a terminal and CSV otherwise")
    func formatChoice() {
        #expect(ResultsFormat.choose(explicit: .json, outPath: "x.csv", stdoutIsTerminal: true) == .json)
        #expect(ResultsFormat.choose(explicit: nil, outPath: "out/results.JSON", stdoutIsTerminal: true) == .json)
        #expect(ResultsFormat.choose(explicit: nil, outPath: "results.txt", stdoutIsTerminal: false) == .table)
        #expect(ResultsFormat.choose(explicit: nil, outPath: "results", stdoutIsTerminal: true) == .csv)
        #expect(ResultsFormat.choose(explicit: nil, outPath: nil, stdoutIsTerminal: true) == .table)
        #expect(ResultsFormat.choose(explicit: nil, outPath: nil, stdoutIsTerminal: false) == .csv)
    }

    @Test("--out replaces the file whole and leaves no temporary file behind")
    func atomicWrite() throws {
        let folder = try TemporaryFolder("results").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.csv")
        try AtomicFile.write(Data(String(repeating: "old,", count: 1000).utf8), to: url)
        try AtomicFile.write(Data("new\r\n".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
        #expect(throws: TapformError.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.appendingPathComponent("missing/out.csv"))
        }
    }

    @Test("the results client refuses writes")
    func readOnly() async throws {
        try await TestEmulator.with { emulator in
            let useCase = ResultsUseCase(client: try emulator.client())
            #expect(useCase.client.configuration.readOnly)
        }
    }
}
