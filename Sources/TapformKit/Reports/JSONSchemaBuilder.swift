import Foundation

/// A JSON Schema node, built in Swift so that each report's schema is declared once (`ReportSchemas`).
/// Only draft-07 keywords, which OPA's `json.match_schema` and most validators read.
///
/// Objects list every key a report writes; the published schemas leave other keys allowed, so a policy
/// written against one version keeps working when a key is added. The tests check reports with every
/// object closed, so no key can be written without being declared here.
public struct SchemaNode: @unchecked Sendable {
    /// The JSON object, as `JSONSerialization` writes it.
    public let object: [String: Any]

    init(_ object: [String: Any]) { self.object = object }

    public static let string = SchemaNode(["type": "string"])
    public static let integer = SchemaNode(["type": "integer"])
    /// Any JSON number, whole or not.
    public static let number = SchemaNode(["type": "number"])
    public static let boolean = SchemaNode(["type": "boolean"])

    static func string(_ description: String) -> SchemaNode { string.described(description) }
    static func integer(_ description: String) -> SchemaNode { integer.described(description) }
    static func boolean(_ description: String) -> SchemaNode { boolean.described(description) }

    /// One of the given texts.
    static func choice<Values: Sequence>(_ values: Values) -> SchemaNode where Values.Element == String {
        SchemaNode(["type": "string", "enum": Array(values)])
    }

    static func constant(_ value: Any) -> SchemaNode { SchemaNode(["const": value]) }

    static func array(_ items: SchemaNode) -> SchemaNode { SchemaNode(["type": "array", "items": items.object]) }

    /// `#/definitions/name`.
    static func reference(_ name: String) -> SchemaNode { SchemaNode(["$ref": "#/definitions/" + name]) }

    /// Any of the forms.
    static func anyOf(_ forms: [SchemaNode]) -> SchemaNode { SchemaNode(["anyOf": forms.map(\.object)]) }

    /// An object with these keys; `required` keys are always written.
    static func object(_ properties: [Property]) -> SchemaNode {
        var object: [String: Any] = ["type": "object"]
        object["properties"] = Dictionary(uniqueKeysWithValues: properties.map { ($0.name, $0.schema.object) })
        let required = properties.filter(\.required).map(\.name).sorted()
        if !required.isEmpty { object["required"] = required }
        return SchemaNode(object)
    }

    /// An object whose keys are free and whose values all have this form.
    static func map(_ values: SchemaNode) -> SchemaNode {
        SchemaNode(["type": "object", "additionalProperties": values.object])
    }

    /// The same node, or `null`.
    var orNull: SchemaNode {
        if let type = object["type"] as? String {
            var copy = object
            copy["type"] = [type, "null"]
            if let values = copy["enum"] as? [Any] { copy["enum"] = values + [NSNull()] }
            return SchemaNode(copy)
        }
        return .anyOf([self, SchemaNode(["type": "null"])])
    }

    func described(_ description: String) -> SchemaNode {
        var copy = object
        copy["description"] = description
        return SchemaNode(copy)
    }
}

/// A key of an object schema.
struct Property {
    var name: String
    var schema: SchemaNode
    var required: Bool

    /// Always written (its value may be `null` when the schema allows it).
    static func required(_ name: String, _ schema: SchemaNode) -> Property { Property(name: name, schema: schema, required: true) }
    /// Left out when there is nothing to say.
    static func optional(_ name: String, _ schema: SchemaNode) -> Property { Property(name: name, schema: schema, required: false) }
}
