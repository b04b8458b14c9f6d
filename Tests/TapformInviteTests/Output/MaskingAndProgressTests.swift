import Testing
@testable import TapformInvite

@Suite("Masking, progress and summary")
struct MaskingAndProgressTests {
    @Test func masking() {
        #expect(EmailMasker.mask("john@example.com") == "j***@example.com")
        #expect(EmailMasker.mask("Zoë.x@exämple.de") == "Z***@exämple.de")
        #expect(EmailMasker.mask("@example.com") == "***@example.com")
        #expect(EmailMasker.mask("not-an-email") == "n***")
        #expect(EmailMasker.mask("") == "***")
    }

    @Test func maskingFollowsTheCIVariable() {
        #expect(EmailMasker(environment: ["CI": "true"]).display("ann@x.io") == "a***@x.io")
        #expect(EmailMasker(environment: ["CI": "1"]).isEnabled)
        #expect(!EmailMasker(environment: [:]).isEnabled)
        #expect(!EmailMasker(environment: ["CI": "false"]).isEnabled)
        #expect(!EmailMasker(environment: ["CI": ""]).isEnabled)
        #expect(EmailMasker(environment: [:]).display("ann@x.io") == "ann@x.io")
    }

    @Test func progressBar() {
        #expect(ProgressFormatter.bar(done: 2500, total: 10000, elapsedSeconds: 8, width: 8)
            == "[██░░░░░░] 2500/10000  25%  313/s  ETA 0:24")
        #expect(ProgressFormatter.bar(done: 0, total: 10, elapsedSeconds: 0, width: 4) == "[░░░░] 0/10  0%  –/s  ETA --:--")
        #expect(ProgressFormatter.bar(done: 10, total: 10, elapsedSeconds: 4, width: 4) == "[████] 10/10  100%  2.5/s  ETA 0:00")
        #expect(ProgressFormatter.bar(done: 1, total: 10_000, elapsedSeconds: 2, width: 4).hasSuffix("ETA 5:33:18"))
    }

    @Test func plainLinesAreDueOncePerTenPercent() {
        var progress = PlainProgress()
        var printed: [Int] = []
        for done in 0...1000 where progress.line(done: done, total: 1000, elapsedSeconds: 1) != nil {
            printed.append(done)
        }
        #expect(printed == [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
        var jumpy = PlainProgress()
        #expect(jumpy.line(done: 35, total: 100, elapsedSeconds: 1) == "invites: 35/100 (35%), 35/s, ETA 0:02")
        #expect(jumpy.line(done: 39, total: 100, elapsedSeconds: 1) == nil)
        #expect(jumpy.line(done: 100, total: 100, elapsedSeconds: 2) != nil)
        #expect(jumpy.line(done: 100, total: 100, elapsedSeconds: 2) == nil)
    }

    @Test func summaryText() {
        let summary = InviteSummary(sent: 9540, alreadyInvited: 12, skippedByLedger: 300, invalid: 5, duplicates: 3, failed: 2, unknown: 1)
        let lines = summary.text(ledgerPath: ".tapform/invites/a1.jsonl").split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(7)) == [
            "sent                 9540",
            "already invited        12",
            "skipped (in ledger)   300",
            "invalid                 5",
            "duplicates              3",
            "failed                  2",
            "unknown outcome         1",
        ])
        #expect(lines.last?.contains(".tapform/invites/a1.jsonl") == true)
        #expect(summary.needsAttention)
        #expect(!InviteSummary(sent: 3, skippedByLedger: 1, duplicates: 2).needsAttention)
        #expect(InviteSummary(sent: 3).text().split(separator: "\n").count == 7)
    }
}
