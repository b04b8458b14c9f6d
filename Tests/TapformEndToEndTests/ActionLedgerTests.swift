import Foundation
import Testing

/// The action's ledger script (action/ledger.sh) with real git: the invite ledger kept on a branch of a
/// local "origin", as two runners (two clones) would see it.
@Suite("GitHub Action: invite ledger on a branch")
struct ActionLedgerTests {
    struct Origin {
        let folder: URL
        var bare: URL { folder.appendingPathComponent("origin.git") }

        init() throws {
            folder = try TemporaryFolder("ledger").url
            try ActionScript.shell("""
                git init -q --bare origin.git && git clone -q origin.git seed 2>/dev/null && cd seed \
                && git -c user.name=t -c user.email=t@example.com commit -q --allow-empty -m start \
                && git push -q origin HEAD:main
                """, in: folder)
        }

        /// A fresh checkout, as a new job (or a re-run attempt) starts with.
        func checkout(_ name: String) throws -> URL {
            try ActionScript.shell("git clone -q origin.git '\(name)'", in: folder)
            return folder.appendingPathComponent(name)
        }

        func ledger(_ action: String, in checkout: URL) throws -> TapformBinary.Result {
            try ActionScript.run("ledger", [action], in: checkout, environment: ["GITHUB_RUN_ID": "9"])
        }
    }

    private func append(_ line: String, in checkout: URL) throws {
        let folder = checkout.appendingPathComponent(".tapform/invites")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a1.jsonl")
        let old = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        try (old + line + "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("saved by one job, restored by the next (or a re-run attempt) in a fresh checkout")
    func survivesAFreshCheckout() throws {
        let origin = try Origin()
        defer { try? FileManager.default.removeItem(at: origin.folder) }

        let first = try origin.checkout("first")
        let none = try origin.ledger("restore", in: first)
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.contains("No ledger branch"))
        try append(#"{"email":"ann@example.com","outcome":"sent"}"#, in: first)
        let saved = try origin.ledger("save", in: first)
        #expect(saved.status == 0, "\(saved.stdout)\(saved.stderr)")

        let rerun = try origin.checkout("rerun")
        let restored = try origin.ledger("restore", in: rerun)
        #expect(restored.status == 0, "\(restored.stderr)")
        let ledger = try String(contentsOf: rerun.appendingPathComponent(".tapform/invites/a1.jsonl"), encoding: .utf8)
        #expect(ledger.contains("ann@example.com"))
        #expect(try origin.ledger("save", in: rerun).stdout.contains("did not change"))
    }

    @Test("a save from an older ledger never overwrites a newer one: it fails and says so")
    func concurrentSaveIsRefused() throws {
        let origin = try Origin()
        defer { try? FileManager.default.removeItem(at: origin.folder) }
        let one = try origin.checkout("one"), two = try origin.checkout("two")
        #expect(try origin.ledger("restore", in: one).status == 0)
        #expect(try origin.ledger("restore", in: two).status == 0)
        try append(#"{"email":"ann@example.com","outcome":"sent"}"#, in: one)
        try append(#"{"email":"bob@example.com","outcome":"sent"}"#, in: two)
        #expect(try origin.ledger("save", in: one).status == 0)

        let late = try origin.ledger("save", in: two)
        #expect(late.status == 1)
        #expect(late.stderr.contains("could not push the ledger"), "\(late.stderr)")
        let kept = try ActionScript.shell("git --git-dir=origin.git show tapform-invite-ledger:a1.jsonl", in: origin.folder)
        #expect(kept.contains("ann@example.com") && !kept.contains("bob@example.com"))
    }

    @Test("save without restore in the job is refused")
    func saveNeedsRestore() throws {
        let origin = try Origin()
        defer { try? FileManager.default.removeItem(at: origin.folder) }
        let checkout = try origin.checkout("lonely")
        let result = try origin.ledger("save", in: checkout)
        #expect(result.status == 1)
        #expect(result.stderr.contains("run 'ledger.sh restore' before"))
    }
}
