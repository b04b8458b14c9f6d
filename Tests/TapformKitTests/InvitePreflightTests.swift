import Foundation
import TapformInvite
@testable import TapformKit
import TaptalentAPI
import Testing

@Suite("invite: checks before anything is sent")
struct InvitePreflightTests {
    static let mixed = """
        Email,First Name,Last Name,Notes
        ann@example.com,Ann,Lee
        not-an-email,Bob,Stone
        ANN@Example.com,Ann,Again
        "cara@example.com","Cara, Jr.",Diaz
        ,Empty,Row
        dan@example.com,Dan,Smith,"Multi
        Line"
        eve@example..com,Eve,Bad
        fay@example.com,Fay,Ok

        """

    @Test("invalid rows are skipped with their line; repeated emails (any case) are sent once; both reported")
    func invalidAndDuplicateRows() async throws {
        try await InviteFixture.with { fixture in
            let failedOut = fixture.root.appendingPathComponent("failed.csv")
            let prepared = try await fixture.useCase.prepare(
                target: fixture.target, options: InviteOptions(csv: try fixture.csv(Self.mixed), failedOut: failedOut),
                root: fixture.root)
            let census = prepared.census
            #expect(census.rows == 8)
            #expect(census.toSend == 4)
            #expect(census.invalid.map(\.line) == [3, 6, 9])
            #expect(census.invalid.map(\.problem) == [.emailWithoutAt, .emailMissing, .emailDomainInvalid])
            #expect(census.duplicates.map(\.line) == [4])
            #expect(census.duplicates.first?.firstLine == 2)

            let report = try await prepared.send()
            await prepared.close()
            #expect(report.summary == InviteSummary(sent: 4, invalid: 3, duplicates: 1))
            #expect(report.needsAttention, "invalid rows make the exit status 1 so that CI notices")
            #expect(Set(try await fixture.emails().keys)
                == ["ann@example.com", "cara@example.com", "dan@example.com", "fay@example.com"])

            let rows = try inviteReadCSV(failedOut)
            #expect(rows.first == ["Email", "First Name", "Last Name", "Notes", "reason"])
            #expect(rows.count == 4)
            #expect(rows[1] == ["not-an-email", "Bob", "Stone", "", "line 3: email has no @"])
            #expect(rows[2][4].hasPrefix("line 6:"))
            #expect(rows[3][4].hasPrefix("line 9:"))
            #expect(report.failedOutRows == 3)
        }
    }

    @Test("the preflight text names each bad row by file and line and masks emails under CI")
    func preflightText() async throws {
        try await InviteFixture.with { fixture in
            let masker = EmailMasker(environment: ["CI": "true"])
            let prepared = try await fixture.useCase.prepare(
                target: fixture.target, options: InviteOptions(csv: try fixture.csv(Self.mixed), masker: masker),
                root: fixture.root)
            await prepared.close()
            let text = InviteText(masker: masker).preflight(
                prepared.census, target: fixture.target, environment: "test", csv: "batch.csv", ledger: "ledger.jsonl")
            #expect(text.contains("batch.csv:3: email has no @"))
            #expect(text.contains("batch.csv:6: email is empty"))
            #expect(text.contains("batch.csv:4: A***@Example.com already on line 2"))
            #expect(text.contains("4 invites to send"))
            #expect(!text.contains("ann@example.com") && !text.contains("ANN@Example.com"))
        }
    }

    @Test("a broken file stops the run before any invite", arguments: [
        ("unterminated quote", Array("email,name\na@example.com,A\nb@example.com,\"B\n".utf8)),
        ("not UTF-8 on the last line", Array("email,name\na@example.com,A\nb@example.com,".utf8) + [0xFF, 0xFE, 0x0A]),
        ("no email column", Array("name,phone\nAnn,123\n".utf8)),
    ])
    func brokenFile(_ name: String, _ bytes: [UInt8]) async throws {
        try await InviteFixture.with { fixture in
            let url = fixture.root.appendingPathComponent("broken.csv")
            try Data(bytes).write(to: url)
            await #expect(throws: (any Error).self, "\(name)") {
                _ = try await fixture.run(InviteOptions(csv: url))
            }
            #expect(try await fixture.invitePosts() == 0)
            #expect(try fixture.ledgerEntries().isEmpty)
        }
    }

    @Test("an inactive assessment is refused before anything is read or sent")
    func inactiveRefused() async throws {
        try await InviteFixture.with(status: WireStatus.inactive) { fixture in
            #expect(!fixture.target.isActive)
            let thrown = await #expect(throws: TapformError.self) {
                _ = try await fixture.run(InviteOptions(csv: try fixture.candidates(3)))
            }
            #expect(thrown?.message.contains("INACTIVE") == true)
            #expect(thrown?.message.contains("Nothing was sent") == true)
            let posts = try await fixture.invitePosts()
            #expect(posts == 0)
            #expect(!FileManager.default.fileExists(atPath: fixture.ledgerURL.path))
        }
    }

    @Test("a dry run lists what would be sent, sends nothing and creates no ledger")
    func dryRun() async throws {
        try await InviteFixture.with { fixture in
            let failedOut = fixture.root.appendingPathComponent("failed.csv")
            let options = InviteOptions(csv: try fixture.csv(Self.mixed), dryRun: true, failedOut: failedOut)
            let prepared = try await InviteUseCase(client: fixture.client.readOnlyCopy(), environmentName: "test")
                .prepare(target: fixture.target, options: options, root: fixture.root)
            var listed: [Int] = []
            try await prepared.listDue { listed.append($0.line) }
            await #expect(throws: TapformError.self) { _ = try await prepared.send() }
            await prepared.close()
            #expect(listed == [2, 5, 7, 10])
            #expect(try await fixture.invitePosts() == 0)
            #expect(try await fixture.emails().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: fixture.ledgerURL.path))
            #expect(try inviteReadCSV(failedOut).count == 4, "the invalid rows, for fixing before the real run")
        }
    }

    @Test("a dry run leaves out what the ledger holds")
    func dryRunReadsLedger() async throws {
        try await InviteFixture.with { fixture in
            _ = try await fixture.run(InviteOptions(csv: try fixture.candidates(3)))
            let prepared = try await fixture.useCase.prepare(
                target: fixture.target, options: InviteOptions(csv: try fixture.candidates(5), dryRun: true), root: fixture.root)
            var listed: [String] = []
            try await prepared.listDue { listed.append($0.email) }
            await prepared.close()
            #expect(listed == ["person4@example.com", "person5@example.com"])
            #expect(prepared.census.skippedByLedger == 3)
        }
    }
}

@Suite("invite: confirmation")
struct InviteConfirmationTests {
    @Test("without a terminal more than 5 invites need --yes; a terminal is asked with the count")
    func decisions() {
        func decide(_ count: Int, yes: Bool = false, interactive: Bool = false) -> ConfirmationDecision {
            ConfirmationDecision.forInvites(toSend: count, assessment: "Backend", environment: "prod", yes: yes, interactive: interactive)
        }
        #expect(decide(5) == .proceed)
        #expect(decide(0) == .proceed)
        #expect(decide(6, yes: true) == .proceed)
        guard case .refuse(let message) = decide(6) else { Issue.record("6 invites without a terminal must be refused"); return }
        #expect(message.contains("--yes") && message.contains("6 invites"))
        guard case .ask(let question) = decide(2, interactive: true) else { Issue.record("a terminal is asked"); return }
        #expect(question.contains("2 invites") && question.contains("Backend") && question.contains("prod"))
        #expect(decide(2, yes: true, interactive: true) == .proceed)
        #expect(ConfirmationDecision.isYes(" Y "))
        #expect(ConfirmationDecision.isYes("yes"))
        #expect(!ConfirmationDecision.isYes(""))
        #expect(!ConfirmationDecision.isYes(nil))
        #expect(!ConfirmationDecision.isYes("no"))
    }
}

@Suite("Echoed input is cut")
struct EchoedInputTests {
    @Test("a 5 MB header is not echoed whole in 'columns not used'")
    func hugeHeader() {
        var census = InviteCensus()
        census.ignoredColumns = [String(repeating: "x", count: 5_000_000), "notes"]
        let text = InviteText(masker: EmailMasker(environment: [:])).preflight(
            census, target: LocatedAssessment(id: "1", name: "Screen", isActive: true), environment: "test",
            csv: "batch.csv", ledger: "ledger.jsonl")
        let line = try? #require(text.split(separator: "\n").first { $0.hasPrefix("columns not used: ") })
        #expect((line?.count ?? .max) < TextExcerpt.maxCharacters + 100, "\(line?.prefix(200) ?? "")")
        #expect(line?.contains("5000011 characters") == true, "\(line?.suffix(60) ?? "")")
    }
}
