import Foundation
import Testing

/// The action's plan script (action/plan.sh): the real binary plans an `init`ed project against the embedded
/// emulator, and a stub `gh` on PATH records the calls that would create or update the pull-request comment.
@Suite("GitHub Action: plan and its pull-request comment", .serialized)
struct ActionPlanCommentTests {
    static let marker = "<!-- tapform-plan env=local dir=. -->"

    struct Runner {
        let folder: URL
        var project: URL { folder.appendingPathComponent("project") }
        var bin: URL { folder.appendingPathComponent("bin") }
        var log: URL { folder.appendingPathComponent("gh.log") }
        var comments: URL { folder.appendingPathComponent("comments.json") }
        var summary: URL { folder.appendingPathComponent("summary.md") }
        var output: URL { folder.appendingPathComponent("output") }

        init(existingComments: String) throws {
            folder = try TemporaryFolder("plan-action").url
            let initResult = try TapformBinary.run(["init", project.path], in: folder)
            guard initResult.status == 0 else { throw ActionScript.ShellFailed(command: "tapform init", output: initResult.stderr) }
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            // Records each call (arguments on one line) and the body file it sends; answers the comment
            // listing by running the given --jq filter over comments.json, as gh does.
            let gh = """
                #!/usr/bin/env bash
                echo "$*" >> "$GH_LOG"
                method=GET filter="" body=""
                while [ $# -gt 0 ]; do
                  case "$1" in
                    --method) method="$2"; shift ;;
                    --jq) filter="$2"; shift ;;
                    -F) body="${2#body=@}"; shift ;;
                  esac
                  shift
                done
                if [ -n "$body" ]; then cp "$body" "$GH_LOG.$method"; fi
                if [ "$method" = GET ]; then jq -r "$filter" "$STUB_COMMENTS"; fi
                """
            try ActionScript.writeExecutable(gh, to: bin.appendingPathComponent("gh"))
            try existingComments.write(to: comments, atomically: true, encoding: .utf8)
            for file in [log, summary, output] { try Data().write(to: file) }
        }

        func plan(pullRequest: String = "7", extraPath: [URL] = []) throws -> TapformBinary.Result {
            try ActionScript.run("plan", in: project, environment: [
                "TAPFORM_ENV": "local", "TAPFORM_PR_NUMBER": pullRequest, "TAPFORM_PLAN_OUT": "tapform-plan.json",
                "GH_TOKEN": "token-for-gh", "GITHUB_REPOSITORY": "acme/hiring", "GITHUB_RUN_ID": "42",
                "GITHUB_STEP_SUMMARY": summary.path, "GITHUB_OUTPUT": output.path,
                "GH_LOG": log.path, "STUB_COMMENTS": comments.path,
            ], pathPrefix: extraPath + [bin, try TapformBinary.executable.deletingLastPathComponent()])
        }

        var calls: [String] { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }

        func sentBody(_ method: String) -> String? {
            try? String(contentsOf: URL(fileURLWithPath: log.path + "." + method), encoding: .utf8)
        }
    }

    @Test("changes (exit 2) pass; with no comment yet, one is created holding the plan and the marker")
    func createsTheComment() throws {
        let runner = try Runner(existingComments: #"[{"id": 5, "body": "Looks good to me"}]"#)
        defer { try? FileManager.default.removeItem(at: runner.folder) }

        let result = try runner.plan()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(runner.calls.count == 2, "\(runner.calls)")
        #expect(runner.calls.first?.contains("repos/acme/hiring/issues/7/comments") == true)
        #expect(runner.calls.last?.hasPrefix("api --method POST repos/acme/hiring/issues/7/comments") == true, "\(runner.calls)")
        let body = try #require(runner.sentBody("POST"))
        #expect(body.hasPrefix(Self.marker))
        #expect(body.contains("Example Support Specialist"), "the plan's Markdown: \(body)")
        #expect(try String(contentsOf: runner.output, encoding: .utf8).contains("exitcode=2\nchanges=true"))
        #expect(FileManager.default.fileExists(atPath: runner.project.appendingPathComponent("tapform-plan.json").path))
        #expect(!(result.stdout + result.stderr + body).contains("token-for-gh"))
    }

    @Test("no changes (exit 0) pass; the comment with the marker is updated in place, no new one")
    func updatesTheComment() throws {
        let runner = try Runner(existingComments: """
            [{"id": 5, "body": "> \(Self.marker) quoted by a person"}, {"id": 77, "body": "\(Self.marker)\\nan older plan"}]
            """)
        defer { try? FileManager.default.removeItem(at: runner.folder) }
        let apply = try TapformBinary.run(["apply", "--env", "local", "--auto-approve"], in: runner.project)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")

        let result = try runner.plan()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(runner.calls.last?.hasPrefix("api --method PATCH repos/acme/hiring/issues/comments/77") == true, "\(runner.calls)")
        #expect(!runner.calls.contains { $0.contains("POST") })
        #expect(runner.sentBody("PATCH")?.contains("No changes") == true, "\(runner.sentBody("PATCH") ?? "")")
        #expect(try String(contentsOf: runner.output, encoding: .utf8).contains("exitcode=0\nchanges=false"))
    }

    @Test("an error (exit 1) fails the step, and the comment says the plan failed")
    func errorFails() throws {
        let runner = try Runner(existingComments: "[]")
        defer { try? FileManager.default.removeItem(at: runner.folder) }
        try "name: Broken\nrole: Tester\ndurationMinute: 30\n"
            .write(to: runner.project.appendingPathComponent("assessments/broken.yaml"), atomically: true, encoding: .utf8)

        let result = try runner.plan()
        #expect(result.status == 1)
        #expect(result.stdout.contains("::error file=assessments/broken.yaml,line=3"), "annotations: \(result.stdout)")
        #expect(runner.sentBody("POST")?.contains("failed (exit 1)") == true)
    }

    @Test("a usage error (exit 64) fails the step with that code")
    func usageErrorFails() throws {
        let runner = try Runner(existingComments: "[]")
        defer { try? FileManager.default.removeItem(at: runner.folder) }
        let fake = runner.folder.appendingPathComponent("fake")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        try ActionScript.writeExecutable(
            "#!/bin/sh\necho 'Error: Unknown option --paralelism' >&2\nexit 64\n", to: fake.appendingPathComponent("tapform"))

        let result = try runner.plan(extraPath: [fake])
        #expect(result.status == 64, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("exited with 64"))
        #expect(runner.sentBody("POST")?.contains("failed (exit 64)") == true)
    }

    @Test("outside a pull request there is no comment and no gh call")
    func noPullRequestNoComment() throws {
        let runner = try Runner(existingComments: "[]")
        defer { try? FileManager.default.removeItem(at: runner.folder) }
        let result = try runner.plan(pullRequest: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(runner.calls.isEmpty)
        #expect(try String(contentsOf: runner.summary, encoding: .utf8).contains("Example Support Specialist"))
    }
}
