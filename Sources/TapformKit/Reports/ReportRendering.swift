import Foundation
import TapformPlan

/// Writes a report as its JSON document: pretty-printed, keys sorted, ending with a newline.
public enum ReportRendering {
    public static func json<Report: JSONReport>(_ report: Report) -> String {
        text(of: Envelope(report: report))
    }

    /// The plan's own JSON (it carries `schemaVersion` and `kind` itself).
    public static func json(_ plan: Plan) -> String {
        JSONRenderer.render(plan)
    }

    static func text(of value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Reports are plain value types: encoding cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private enum HeaderKeys: String, CodingKey { case schemaVersion, kind }

    private struct Envelope<Report: JSONReport>: Encodable {
        var report: Report
        func encode(to encoder: any Encoder) throws {
            var header = encoder.container(keyedBy: HeaderKeys.self)
            try header.encode(Report.kind.schemaVersion, forKey: .schemaVersion)
            try header.encode(Report.kind, forKey: .kind)
            try report.encode(to: encoder)
        }
    }
}
