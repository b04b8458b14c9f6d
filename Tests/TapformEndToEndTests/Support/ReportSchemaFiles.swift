import Foundation
import SchemaChecking
import Testing

/// The published report schemas (`schemas/<kind>.schema.json`), and checks of the binary's JSON output
/// against them, every object closed (a key the schema does not declare is a violation).
enum ReportSchemaFiles {
    static func checker(_ kind: String) throws -> SchemaChecker {
        let url = RepositoryPaths.root.appendingPathComponent("schemas/\(kind).schema.json")
        return try SchemaChecker(json: String(contentsOf: url, encoding: .utf8), closed: true)
    }

    /// Standard output as exactly one JSON object of `kind` that its schema accepts.
    @discardableResult
    static func document(_ result: TapformBinary.Result, kind: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> [String: Any]
    {
        let parsed = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let object = try #require(parsed as? [String: Any],
                                  "standard output is not one JSON object: \(result.stdout)\n\(result.stderr)",
                                  sourceLocation: sourceLocation)
        #expect(object["kind"] as? String == kind, "\(result.stdout)", sourceLocation: sourceLocation)
        let violations = try checker(kind).violations(of: object)
        #expect(violations.isEmpty, "\(kind) report: \(violations)\n\(result.stdout)", sourceLocation: sourceLocation)
        return object
    }
}
