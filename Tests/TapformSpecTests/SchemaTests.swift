import Foundation
import Testing
@testable import TapformSpec
import TaptalentContract

@Suite struct SchemaTests {
    static func parsed(_ kind: SchemaGenerator.Kind) throws -> [String: Any] {
        let text = SchemaGenerator.schema(kind: kind)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    static func properties(_ schema: [String: Any]) -> [String: Any] { schema["properties"] as? [String: Any] ?? [:] }

    @Test(arguments: SchemaGenerator.Kind.allCases)
    func isValidDraft2020JSONAndClosed(_ kind: SchemaGenerator.Kind) throws {
        let schema = try Self.parsed(kind)
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["type"] as? String == "object")
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(schema["title"] is String)
    }

    @Test func assessmentSchemaListsEveryKeyTheValidatorKnows() throws {
        let schema = try Self.parsed(.assessment)
        let properties = Self.properties(schema)
        #expect(Set(properties.keys) == Set(AssessmentFields.all.keys))
        for (key, value) in properties {
            #expect((value as? [String: Any])?["description"] is String, "\(key) has no description")
        }
        let language = try #require(properties["language"] as? [String: Any])
        #expect(language["enum"] as? [String] == WireLimits.languages)
        #expect(language["default"] as? String == "english")
        let duration = try #require(properties["durationMinutes"] as? [String: Any])
        #expect(duration["minimum"] as? Int == 5 && duration["maximum"] as? Int == 120)
        let questions = try #require(properties["questions"] as? [String: Any])
        let forms = try #require(questions["anyOf"] as? [[String: Any]])
        let item = try #require(forms.first?["items"] as? [String: Any])
        #expect(Set(Self.properties(item).keys) == Set(QuestionFields.all.keys))
        #expect(item["required"] as? [String] == ["text"])
        #expect(Set(Self.properties(forms[1]).keys) == ["append", "prepend"])
        let then = try #require(schema["then"] as? [String: Any])
        #expect(then["required"] as? [String] == ["name", "role"])
    }

    @Test func configSchemaListsEveryConfigKey() throws {
        let schema = try Self.parsed(.config)
        let properties = Self.properties(schema)
        #expect(Set(properties.keys) == Set(ConfigFields.all.keys))
        let environments = try #require(properties["environments"] as? [String: Any])
        let environment = try #require(environments["additionalProperties"] as? [String: Any])
        #expect(Set(Self.properties(environment).keys) == Set(EnvironmentFields.all.keys))
        let paths = try #require(properties["paths"] as? [String: Any])
        #expect(Set(Self.properties(paths).keys) == Set(PathFields.all.keys))
    }

    @Test func templateSchemaRequiresNothing() throws {
        let schema = try Self.parsed(.template)
        #expect(schema["required"] == nil && schema["then"] == nil)
    }
}
