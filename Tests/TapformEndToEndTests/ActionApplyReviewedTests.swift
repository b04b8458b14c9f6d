import Foundation
import Testing

/// The action's apply-reviewed script (action/apply-reviewed.sh): on main, apply exactly the plan the merged
/// pull request's run saved, or stop and say why. A stub `gh` answers from canned JSON and a folder standing
/// for the artifact; the real binary applies against the embedded emulator.
@Suite("GitHub Action: apply the reviewed plan", .serialized)
struct ActionApplyReviewedTests {
    static let mergeSHA = "m3rge000000000000000000000000000000000000"
    static let headSHA = "h3ad0000000000000000000000000000000000000"

    struct Main {
        let folder: URL
        var project: URL { folder.appendingPathComponent("project") }
        var bin: URL { folder.appendingPathComponent("bin") }
        var artifact: URL { folder.appendingPathComponent("artifact") }
        var log: URL { folder.appendingPathComponent("gh.log") }

        init(pulls: String, runs: String) throws {
            folder = try TemporaryFolder("apply-reviewed").url
            #expect(try TapformBinary.run(["init", project.path], in: folder).status == 0)
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: artifact, withIntermediateDirectories: true)
            try pulls.write(to: folder.appendingPathComponent("pulls.json"), atomically: true, encoding: .utf8)
            try runs.write(to: folder.appendingPathComponent("runs.json"), atomically: true, encoding: .utf8)
            let gh = """
                #!/usr/bin/env bash
                echo "$*" >> "$STUB/gh.log"
                if [ "$1" = run ] && [ "$2" = download ]; then
                  dir=""; while [ $# -gt 0 ]; do [ "$1" = --dir ] && dir="$2"; shift; done
                  [ -n "$(ls -A "$STUB/artifact")" ] || { echo "no artifact" >&2; exit 1; }
                  cp "$STUB/artifact/"* "$dir/"; exit 0
                fi
                url="$2"; filter="$4"
                case "$url" in
                  */pulls) jq -r "$filter" "$STUB/pulls.json" ;;
                  */runs\\?*) jq -r "$filter" "$STUB/runs.json" ;;
                  *) exit 1 ;;
                esac
                """
            try ActionScript.writeExecutable(gh, to: bin.appendingPathComponent("gh"))
        }

        /// The pull request's run: the plan saved as its artifact.
        func saveReviewedPlan() throws {
            let plan = try TapformBinary.run(
                ["plan", "--env", "local", "--out", artifact.appendingPathComponent("tapform-plan.json").path], in: project)
            #expect(plan.status == 0, "\(plan.stderr)")
        }

        func apply() throws -> TapformBinary.Result {
            try ActionScript.run("apply-reviewed", in: project, environment: [
                "TAPFORM_ENV": "local", "STUB": folder.path, "GH_TOKEN": "t", "GITHUB_REPOSITORY": "acme/hiring",
                "GITHUB_SHA": ActionApplyReviewedTests.mergeSHA, "RUNNER_TEMP": folder.path,
                "GITHUB_WORKFLOW_REF": "acme/hiring/.github/workflows/tapform.yml@refs/heads/main",
            ], pathPrefix: [bin, try TapformBinary.executable.deletingLastPathComponent()])
        }

        var calls: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    }

    static let mergedPull = """
        [{"number": 12, "merge_commit_sha": "\(mergeSHA)", "head": {"sha": "\(headSHA)"}},
         {"number": 11, "merge_commit_sha": "0ther", "head": {"sha": "0ld"}}]
        """
    static let runs = #"{"workflow_runs": [{"id": 301, "conclusion": "failure"}, {"id": 300, "conclusion": "success"}]}"#

    @Test("the plan of the merged pull request's newest successful run is applied")
    func appliesTheReviewedPlan() throws {
        let main = try Main(pulls: Self.mergedPull, runs: Self.runs)
        defer { try? FileManager.default.removeItem(at: main.folder) }
        try main.saveReviewedPlan()

        let result = try main.apply()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Applying the plan reviewed on pull request #12"), "\(result.stdout)")
        #expect(main.calls.contains("runs?event=pull_request&head_sha=\(Self.headSHA)"), "\(main.calls)")
        #expect(main.calls.contains("run download 300 --repo acme/hiring --name tapform-plan"), "\(main.calls)")
        let plan = try TapformBinary.run(["plan", "--env", "local", "--detailed-exitcode"], in: main.project)
        #expect(plan.status == 0, "the reviewed plan was applied: \(plan.stdout)")
    }

    @Test("a direct push (no merged pull request) stops and applies nothing")
    func directPushStops() throws {
        let main = try Main(pulls: "[]", runs: Self.runs)
        defer { try? FileManager.default.removeItem(at: main.folder) }
        try main.saveReviewedPlan()

        let result = try main.apply()
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not the merge of a pull request"), "\(result.stderr)")
        #expect(try TapformBinary.run(["plan", "--env", "local", "--detailed-exitcode"], in: main.project).status == 2)
    }

    @Test("no successful run, or a run without the plan artifact (a fork), stops and applies nothing")
    func missingPlanStops() throws {
        let noRun = try Main(pulls: Self.mergedPull, runs: #"{"workflow_runs": [{"id": 301, "conclusion": "failure"}]}"#)
        defer { try? FileManager.default.removeItem(at: noRun.folder) }
        let first = try noRun.apply()
        #expect(first.status == 1)
        #expect(first.stderr.contains("pull request #12 has no successful tapform.yml run"), "\(first.stderr)")

        let noArtifact = try Main(pulls: Self.mergedPull, runs: Self.runs)
        defer { try? FileManager.default.removeItem(at: noArtifact.folder) }
        let second = try noArtifact.apply()
        #expect(second.status == 1)
        #expect(second.stderr.contains("has no artifact tapform-plan"), "\(second.stderr)")
        #expect(try TapformBinary.run(["plan", "--env", "local", "--detailed-exitcode"], in: noArtifact.project).status == 2)
    }

    @Test("a plan made before the account changed is refused as stale")
    func stalePlanIsRefused() throws {
        let main = try Main(pulls: Self.mergedPull, runs: Self.runs)
        defer { try? FileManager.default.removeItem(at: main.folder) }
        try main.saveReviewedPlan()
        #expect(try TapformBinary.run(["apply", "--env", "local", "--auto-approve"], in: main.project).status == 0)

        let result = try main.apply()
        #expect(result.status == 1)
        #expect((result.stdout + result.stderr).contains("stale"), "\(result.stdout)\(result.stderr)")
    }
}
