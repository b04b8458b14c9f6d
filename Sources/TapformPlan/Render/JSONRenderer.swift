import Foundation

/// The complete plan as JSON (`"kind": "plan"`, `schemaVersion` 2, schemas/plan.schema.json): what
/// `plan --format json` prints and `plan --out` saves. `Plan.decode(from:)` reads it back.
public enum JSONRenderer {
    public static func render(_ plan: Plan) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value type: encoding cannot fail.
        let data = try! encoder.encode(plan)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
