import Foundation
import Testing

/// `tapform show`, `tapform fmt` and a blocked plan, through the binary on a copy of the examples.
@Suite("show, fmt and blocked plans through the binary", .serialized)
struct SmallCommandsEndToEndTests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("show renders a saved plan in every format, and refuses a changed or foreign file with exit 1")
    func show() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let planned = try TapformBinary.run(["plan", "--out", "plan.json"], in: project)
        #expect(planned.status == 0, "\(planned.stderr)")

        let human = try TapformBinary.run(["show", "plan.json"], in: project)
        #expect(human.status == 0, "\(human.stderr)")
        #expect(human.stdout.hasPrefix("Saved plan for environment \"local\"; apply exactly it with: tapform apply plan.json"))
        #expect(human.stdout.contains("+ create \"Senior Backend Engineer (Go) — Screen\""), "\(human.stdout)")
        #expect(human.stdout.contains("Plan: "), "\(human.stdout)")

        let json = try TapformBinary.run(["show", "plan.json", "--format", "json"], in: project)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["assessments"] != nil, "\(json.stdout.prefix(300))")
        let markdown = try TapformBinary.run(["show", "plan.json", "--format", "markdown"], in: project)
        #expect(markdown.stdout.hasPrefix("### tapform plan"))
        let summary = project.appendingPathComponent("summary.md")
        let github = try TapformBinary.run(["show", "plan.json", "--format", "github"], in: project,
                                           environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(github.stdout.contains("::notice"))
        #expect(try String(contentsOf: summary, encoding: .utf8).hasPrefix("### tapform plan"))

        let file = project.appendingPathComponent("plan.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"durationMinutes\"", with: "\"durationMinutez\"").write(to: file, atomically: true, encoding: .utf8)
        let tampered = try TapformBinary.run(["show", "plan.json"], in: project)
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("plan.json was changed after tapform saved it"), "\(tampered.stderr)")
        #expect(tampered.stdout.isEmpty)

        try #"{"name": "not a plan"}"#.write(to: file, atomically: true, encoding: .utf8)
        let foreign = try TapformBinary.run(["show", "plan.json"], in: project)
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("it is not a plan written by tapform"), "\(foreign.stderr)")
        let missing = try TapformBinary.run(["show", "nothing.json"], in: project)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing.json"))
    }

    @Test("a blocked plan says once what is blocked and why, exits 1, and never says 'No changes'")
    func blockedPlan() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try TapformBinary.run(["apply", "--auto-approve"], in: project).status == 0)
        // The protected screen loses its own question: plan refuses to delete it.
        let file = project.appendingPathComponent("assessments/engineering/senior-backend-engineer-go.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        let cut = try #require(yaml.range(of: "\nquestions:"))
        try String(yaml[..<cut.lowerBound] + "\n").write(to: file, atomically: true, encoding: .utf8)

        for format in ["human", "markdown", "github", "json"] {
            let plan = try TapformBinary.run(["plan", "--format", format], in: project)
            let all = plan.stdout + plan.stderr
            #expect(plan.status == 1, "\(format): \(all)")
            #expect(!all.contains("No changes"), "\(format): \(all)")
            #expect(!all.contains("the plan has"), "\(format): \(all)")
            if format != "json" {
                #expect(Self.count("is blocked by 1 error", in: all) == 1, "\(format): \(all)")
                #expect(Self.count("refusing to delete", in: all) == 1, "\(format): \(all)")
            } else {
                #expect(Self.count("is blocked by 1 error", in: plan.stderr) == 1, "\(plan.stderr)")
            }
        }
        let apply = try TapformBinary.run(["apply", "--auto-approve"], in: project)
        #expect(apply.status == 1)
        #expect(Self.count("is blocked by 1 error", in: apply.stdout + apply.stderr) == 1, "\(apply.stdout)\(apply.stderr)")
        #expect(!(apply.stdout + apply.stderr).contains("No changes"))
    }

    @Test("fmt --check lists the files not laid out and exits 1 writing nothing; fmt lays them out; validate agrees")
    func fmt() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let file = project.appendingPathComponent("assessments/unordered.yaml")
        let original = "# Kept on top.\nrole: Analyst   \n\n\n# The name.\nname: Unordered Screen\nversion: 1\n"
        try original.write(to: file, atomically: true, encoding: .utf8)

        let check = try TapformBinary.run(["fmt", "--check"], in: project)
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("assessments/unordered.yaml: not in the normal layout"), "\(check.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8) == original, "--check writes nothing")

        let format = try TapformBinary.run(["fmt"], in: project)
        #expect(format.status == 0, "\(format.stdout)\(format.stderr)")
        #expect(format.stdout.contains("formatted assessments/unordered.yaml"))
        #expect(try String(contentsOf: file, encoding: .utf8)
            == "# Kept on top.\nversion: 1\n\n# The name.\nname: Unordered Screen\nrole: Analyst\n")
        #expect(try TapformBinary.run(["fmt", "--check"], in: project).status == 0)
        #expect(try TapformBinary.run(["validate"], in: project).status == 0)

        try "name: [broken\n".write(to: file, atomically: true, encoding: .utf8)
        let broken = try TapformBinary.run(["fmt", "assessments/unordered.yaml"], in: project)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("assessments/unordered.yaml:"), "\(broken.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "name: [broken\n")
    }

    @Test("tapform's own errors while options are checked read `error: …`, not a usage error's `Error: …`")
    func ownErrorPrefix() throws {
        let missing = "/nonexistent-tapform-\(UUID().uuidString)"
        let run = try TapformBinary.run(["-C", missing, "plan"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 1)
        #expect(run.stderr == "error: \(missing): project folder does not exist (-C); nothing was read or created\n", "\(run.stderr)")
    }
}
