import Foundation
import SchemaChecking
import Testing
import Yams
@testable import TapformSpec

/// Every example file of this repository conforms to the JSON Schema that `tapform schema` prints, so an
/// editor using the schema never flags what `validate` accepts in them.
@Suite struct ExampleSchemaTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    static func files(in folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        let all = (try? FileManager.default.subpathsOfDirectory(atPath: base.path)) ?? []
        return all.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(folder)/\($0)" }
    }

    static func checker(_ kind: SchemaGenerator.Kind) throws -> SchemaChecker {
        let object = try JSONSerialization.jsonObject(with: Data(SchemaGenerator.schema(kind: kind).utf8))
        return SchemaChecker(root: try #require(object as? [String: Any]))
    }

    static func load(_ file: String) throws -> Any {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        return try #require(try Yams.load(yaml: text))
    }

    @Test func theExamplesExist() {
        #expect(Self.files(in: "assessments").count >= 6)
        #expect(Self.files(in: "templates").count >= 2)
    }

    @Test(arguments: files(in: "assessments"))
    func assessmentConformsToSchema(_ file: String) throws {
        #expect(try Self.checker(.assessment).violations(of: try Self.load(file)) == [], "\(file)")
    }

    @Test(arguments: files(in: "templates"))
    func templateConformsToSchema(_ file: String) throws {
        #expect(try Self.checker(.template).violations(of: try Self.load(file)) == [], "\(file)")
    }

    @Test func configConformsToSchema() throws {
        #expect(try Self.checker(.config).violations(of: try Self.load("tapform.yaml")) == [])
    }

    @Test("the checker does reject what the schema forbids")
    func checkerRejects() throws {
        let checker = try Self.checker(.assessment)
        let bad: [String: Any] = [
            "name": "Ok name", "role": "Engineer", "language": "klingon", "durationMinutes": 500,
            "durationMinute": 5, "questions": [["text": "short"]],
        ]
        let problems = checker.violations(of: bad)
        #expect(problems.contains { $0.contains("$.language") })
        #expect(problems.contains { $0.contains("$.durationMinutes") })
        #expect(problems.contains { $0.contains("$.durationMinute: key not allowed") })
        #expect(problems.contains { $0.contains("$.questions") })
        #expect(checker.violations(of: ["role": "Engineer"]).contains { $0.contains("missing required \"name\"") })
    }
}
