import Foundation
import Testing
@testable import TapformSpec

/// One fixture project per diagnostic code under Fixtures/diagnostics/<code>/, each with `expected.txt`
/// holding the exact human-readable output of `validate` on it.
@Suite struct DiagnosticFixtureTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("diagnostics")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: cases)
    func fixtureProducesExactlyTheExpectedDiagnostics(_ name: String) {
        let root = Self.folder.appendingPathComponent(name)
        let result = SpecLoader.loadProject(root: root)
        let actual = DiagnosticRenderer.human(result.diagnostics, color: false)
        let expected = (try? String(contentsOf: root.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? "(missing expected.txt)\n"
        #expect(actual == expected, "actual output for \(name):\n\(actual)")
        #expect(result.diagnostics.contains { $0.code.rawValue == name }, "fixture \(name) must produce its code")
    }

    @Test func everyCodeUsedByTheLoaderHasAFixture() {
        let fixtures = Set(Self.cases)
        // Codes that need generated input (large or binary files) are covered in HostileInputTests.
        let generated: Set<String> = ["file-too-large", "too-many-nodes", "unreadable-file"]
        for code in DiagnosticCodeCatalogue.all where !generated.contains(code.rawValue) {
            #expect(fixtures.contains(code.rawValue), "no fixture for \(code)")
        }
    }
}
