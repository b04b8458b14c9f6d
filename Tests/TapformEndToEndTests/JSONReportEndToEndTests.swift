import Foundation
import Testing
import TaptalentAPI

/// `--format json` through the built binary: one document on standard output for every command, also
/// when it fails, each accepted by its published schema; the human text on standard error.
@Suite("JSON reports of the binary")
struct JSONReportEndToEndTests {
    static let keyVariable = "TAPFORM_E2E_JSON_KEY"

    @Test("validate, plan, apply, import and doctor write one schema-valid document; plan values are typed")
    func reportsOfAServedAccount() async throws {
        let key = "sk_test_e2eJsonReports000000"
        let server = try ServedEmulator(EmulatorOptions(apiKey: key, testControls: true))
        defer { server.stop() }
        let project = try TapformBinary.exampleProject(servedBy: server, keyVariable: Self.keyVariable)
        defer { try? FileManager.default.removeItem(at: project) }
        let env = [Self.keyVariable: key]
        let files = try FileManager.default.subpathsOfDirectory(atPath: project.appendingPathComponent("assessments").path)
            .filter { $0.hasSuffix(".yaml") }

        let validate = try TapformBinary.run(["validate", "--format", "json"], in: project)
        #expect(validate.status == 0, "\(validate.stderr)")
        let checked = try ReportSchemaFiles.document(validate, kind: "validate")["summary"] as? [String: Any]
        #expect(checked?["filesChecked"] as? Int == files.count, "every file is counted, not only those with problems")

        let planned = try TapformBinary.run(["plan", "--format", "json"], in: project, environment: env)
        #expect(planned.status == 0, "\(planned.stderr)")
        let plan = try ReportSchemaFiles.document(planned, kind: "plan")
        #expect(plan["schemaVersion"] as? Int == 2)
        let creates = try #require(plan["assessments"] as? [[String: Any]])
        let diffs = creates.flatMap { $0["fieldDiffs"] as? [[String: Any]] ?? [] }
        let duration = try #require(diffs.first { $0["field"] as? String == "durationMinutes" })
        #expect(duration["new"] is Int && duration["newDisplay"] as? String == "\(duration["new"] ?? "")")
        #expect(duration["old"] is NSNull, "a created value has no old value")
        let skills = try #require(diffs.first { $0["field"] as? String == "skills" })
        #expect(skills["new"] is [String])
        let name = try #require(diffs.first { $0["field"] as? String == "name" })
        let text = try #require(name["new"] as? String)
        #expect(!text.hasPrefix("\"") && name["newDisplay"] as? String == "\"\(text)\"", "plain text, quoted display")

        let apply = try TapformBinary.run(["apply", "--auto-approve", "--format", "json"], in: project, environment: env)
        #expect(apply.status == 0, "\(apply.stderr)")
        let applied = try ReportSchemaFiles.document(apply, kind: "apply")
        #expect(applied["success"] as? Bool == true)
        #expect((applied["assessments"] as? [Any])?.count == files.count)
        #expect(apply.stderr.contains("Apply complete"), "the human report goes to standard error")

        let again = try TapformBinary.run(["apply", "--auto-approve", "--format", "json"], in: project, environment: env)
        #expect(again.status == 0)
        #expect(try ReportSchemaFiles.document(again, kind: "apply")["line"] as? String == "No changes. The account matches the files.")

        // An edit: the update's values are typed, old and new.
        let file = project.appendingPathComponent("assessments/engineering/backend-engineer-kotlin.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        let edited = try #require(yaml.range(of: #"durationMinutes: \d+"#, options: .regularExpression))
        try yaml.replacingCharacters(in: edited, with: "durationMinutes: 35").write(to: file, atomically: true, encoding: .utf8)
        let update = try TapformBinary.run(["plan", "--format", "json", "--detailed-exitcode"], in: project, environment: env)
        #expect(update.status == 2)
        let changed = try #require((try ReportSchemaFiles.document(update, kind: "plan")["assessments"] as? [[String: Any]])?
            .first { $0["action"] as? String == "update" })
        let change = try #require((changed["fieldDiffs"] as? [[String: Any]])?.first)
        #expect(change["field"] as? String == "durationMinutes" && change["new"] as? Int == 35 && change["old"] is Int)
        #expect(change["newDisplay"] as? String == "35")

        let imported = try TapformBinary.run(["import", "--all", "--dir", "imported", "--format", "json"], in: project, environment: env)
        try ReportSchemaFiles.document(imported, kind: "import")
        #expect(imported.status == 0, "\(imported.stderr)")

        let doctor = try TapformBinary.run(["doctor", "--format", "json"], in: project, environment: env)
        let checks = try ReportSchemaFiles.document(doctor, kind: "doctor")
        #expect((doctor.status == 0) == (checks["passed"] as? Bool == true), "\(doctor.stdout)")
        #expect(doctor.stderr.contains("✓"), "the human lines go to standard error")
    }

    @Test("a failure is a JSON error report on standard output: no key, a usage error (64), invalid files")
    func failuresAreDocuments() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try """
            version: 1
            environments:
              production: { url: "https://partner-api.taptalent.io/v1/partner", apiKeyEnv: \(Self.keyVariable) }
            defaultEnvironment: production

            """.write(to: project.appendingPathComponent("tapform.yaml"), atomically: true, encoding: .utf8)

        let noKey = try TapformBinary.run(["plan", "--format", "json"], in: project, environment: [Self.keyVariable: ""])
        #expect(noKey.status == 1)
        let missing = try ReportSchemaFiles.document(noKey, kind: "error")
        #expect(missing["command"] as? String == "plan" && missing["exitCode"] as? Int == 1)
        #expect((missing["message"] as? String)?.contains(Self.keyVariable) == true, "\(noKey.stdout)")
        #expect(noKey.stderr.contains("error: "), "the message is on standard error too")

        for arguments in [["plan", "--format", "json", "--parallelism", "0"], ["apply", "--format=json", "--no-such-flag"],
                          ["validate", "--format", "json", "--bogus"]] {
            let usage = try TapformBinary.run(arguments, in: project)
            #expect(usage.status == 64, "\(arguments): \(usage.stderr)")
            #expect(try ReportSchemaFiles.document(usage, kind: "error")["exitCode"] as? Int == 64)
        }

        let broken = project.appendingPathComponent("assessments/broken.yaml")
        try "name: Broken\nrole: Engineer\ndurationMinutes: 999\nquestions:\n  - text: Tell me about a production incident you owned end to end.\n".write(to: broken, atomically: true, encoding: .utf8)
        let invalid = try TapformBinary.run(["plan", "--format", "json", "--env", "local"], in: project)
        #expect(invalid.status == 1)
        let diagnostics = try ReportSchemaFiles.document(invalid, kind: "error")["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.contains { $0["file"] as? String == "assessments/broken.yaml" && $0["line"] as? Int == 3 } == true,
                "\(invalid.stdout)")

        let validate = try TapformBinary.run(["validate", "--format", "json"], in: project)
        #expect(validate.status == 1)
        let summary = try ReportSchemaFiles.document(validate, kind: "validate")["summary"] as? [String: Any]
        #expect(summary?["errors"] as? Int == 1 && summary?["filesWithProblems"] as? Int == 1)
    }
}
