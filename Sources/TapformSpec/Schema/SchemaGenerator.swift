import Foundation

/// JSON Schemas (draft 2020-12) of tapform's files, generated from the same key tables the validator uses,
/// so editors (yaml-language-server, VS Code) complete and check exactly what `validate` accepts.
/// Lengths in the schema are on the raw string; `validate` measures them after trimming.
public enum SchemaGenerator {
    public enum Kind: String, Sendable, CaseIterable {
        /// A file under assessments/.
        case assessment
        /// A file under templates/: the assessment keys, all optional.
        case template
        /// tapform.yaml.
        case config
        /// A file under flows/: assessments chained into steps.
        case flow
    }

    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
    public static func schema(kind: Kind) -> String {
        render(schemaObject(kind: kind))
    }

    static func schemaObject(kind: Kind) -> [String: Any] {
        var object: [String: Any] = ["$schema": draft]
        switch kind {
        case .assessment:
            object.merge(objectSchema(AssessmentFields.all, requireKeys: false)) { $1 }
            object["title"] = "tapform assessment"
            object["description"] = "One Taptalent voice-interview assessment, as kept in git by tapform."
            let required = AssessmentFields.all.filter(\.required).map(\.key)
            // Required keys may come from a template, so they are required only without `extends`.
            object["if"] = ["not": ["required": [AssessmentFields.extends.key]]]
            object["then"] = ["required": required]
            object["not"] = ["required": [AssessmentFields.questions.key, AssessmentFields.generate.key]]
        case .template:
            object.merge(objectSchema(AssessmentFields.all, requireKeys: false)) { $1 }
            object["title"] = "tapform template"
            object["description"] = "A reusable partial assessment, applied with `extends`."
        case .config:
            object.merge(objectSchema(ConfigFields.all, requireKeys: true)) { $1 }
            object["title"] = "tapform project configuration (tapform.yaml)"
            object["description"] = "Environments, default environment, folders and the managed scope."
        case .flow:
            object.merge(objectSchema(FlowFields.all, requireKeys: true)) { $1 }
            object["title"] = "tapform assessment flow"
            object["description"] = "Assessments chained into ordered steps, each with a pass threshold."
        }
        return object
    }

    private static func objectSchema(_ fields: [FieldSpec], requireKeys: Bool) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in fields { properties[field.key] = fieldSchema(field) }
        var object: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = fields.filter(\.required).map(\.key)
        if requireKeys && !required.isEmpty { object["required"] = required }
        return object
    }

    private static func fieldSchema(_ field: FieldSpec) -> [String: Any] {
        var schema = kindSchema(field.kind)
        schema["description"] = field.summary
        switch field.defaultValue {
        case .int(let value)?: schema["default"] = value
        case .string(let value)?: schema["default"] = value
        case .bool(let value)?: schema["default"] = value
        case nil: break
        }
        return schema
    }

    private static let namePattern = "^[A-Za-z_][A-Za-z0-9_-]*$"

    private static func kindSchema(_ kind: FieldKind) -> [String: Any] {
        switch kind {
        case .text(let length):
            return stringSchema(length)
        case .identifier:
            return ["type": ["string", "integer"]]
        case .integer(let range):
            return ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .number(let range):
            return ["type": "number", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .objectList(let item, let minCount):
            return ["type": "array", "items": objectSchema(item, requireKeys: true), "minItems": minCount]
        case .boolean:
            return ["type": "boolean"]
        case .choice(let choices):
            return ["type": "string", "enum": choices]
        case .textList(let maxCount, let itemLength):
            var schema: [String: Any] = ["type": "array", "items": stringSchema(itemLength)]
            if let maxCount { schema["maxItems"] = maxCount }
            return schema
        case .textOrTextList:
            return ["anyOf": [["type": "string", "minLength": 1],
                              ["type": "array", "items": ["type": "string", "minLength": 1]]]]
        case .object(let fields):
            return objectSchema(fields, requireKeys: true)
        case .questionList(let item, let maxCount):
            let list: [String: Any] = ["type": "array", "items": objectSchema(item, requireKeys: true), "maxItems": maxCount]
            var edit: [String: Any] = ["type": "object", "additionalProperties": false, "minProperties": 1]
            edit["properties"] = Dictionary(uniqueKeysWithValues: QuestionEditFields.all.map { ($0, list) })
            return ["anyOf": [list, edit]]
        case .varMap:
            return ["type": "object", "propertyNames": ["pattern": namePattern],
                    "additionalProperties": ["type": ["string", "number", "boolean"]]]
        case .namedObjects(let fields):
            return ["type": "object",
                    "propertyNames": ["pattern": namePattern, "not": ["const": ProjectConfig.localEnvironment]],
                    "additionalProperties": objectSchema(fields, requireKeys: true)]
        }
    }

    private static func stringSchema(_ length: ClosedRange<Int>?) -> [String: Any] {
        var schema: [String: Any] = ["type": "string"]
        if let length {
            if length.lowerBound > 0 { schema["minLength"] = length.lowerBound }
            schema["maxLength"] = length.upperBound
        }
        return schema
    }

    private static func render(_ object: [String: Any]) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
