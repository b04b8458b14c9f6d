import Foundation
import Testing

/// The human plan's layout follows `COLUMNS`: an edited text shows as a word diff that fits the width.
@Suite("Plan output width", .serialized)
struct PlanOutputWidthTests {
    @Test("an edited question shows its changed word; COLUMNS narrows the lines")
    func editedQuestionFollowsColumns() throws {
        let project = try TapformBinary.exampleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try TapformBinary.run(["apply", "--auto-approve"], in: project).status == 0)

        let file = project.appendingPathComponent("assessments/data/data-analyst-de.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "nur an Wochenenden. Wie gehen Sie vor?", with: "nur an Wochenenden. Wie gehen Sie konkret vor?")
            .write(to: file, atomically: true, encoding: .utf8)

        let wide = try TapformBinary.run(["plan"], in: project, environment: ["COLUMNS": "200"])
        #expect(wide.stdout.contains("text: \"Ein A/B-Test zeigt eine um 2 % höhere Conversion, aber nur an Wochenenden. Wie gehen Sie {+konkret +}vor?\""),
                "\(wide.stdout)")
        let narrow = try TapformBinary.run(["plan"], in: project, environment: ["COLUMNS": "60"])
        let diff = narrow.stdout.split(separator: "\n").drop { !$0.contains("text: ") }.prefix { $0.hasPrefix("         ") }
        #expect(diff.count >= 2 && diff.allSatisfy { $0.count <= 60 }, "\(narrow.stdout)")
        #expect(narrow.stdout.contains("{+konkret +}vor?\""), "\(narrow.stdout)")
        #expect(!narrow.stdout.contains("\u{1B}["), "no colour off a terminal")
    }
}
