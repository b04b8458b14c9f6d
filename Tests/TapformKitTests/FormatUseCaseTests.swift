import Foundation
import Testing
@testable import TapformKit

@Suite("fmt on disk")
struct FormatUseCaseTests {
    @Test("--check writes nothing; fmt replaces a file keeping its permissions, and writes through a symlink")
    func writes() throws {
        let unordered = "role: R\nname: N\n"
        let root = try TempProject([
            "assessments/a.yaml": unordered,
            "shared/b.yaml": unordered,
            "templates/t.yaml": "questions: []   \n",
        ]).write()
        defer { TempProject.remove(root) }
        let a = root.appendingPathComponent("assessments/a.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: a.path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("assessments/b.yaml").path, withDestinationPath: "../shared/b.yaml")

        let check = FormatUseCase.run(root: root, paths: nil, check: true)
        #expect(check.changed == ["assessments/a.yaml", "assessments/b.yaml", "templates/t.yaml"], "\(check)")
        #expect(check.problems.isEmpty)
        #expect(try String(contentsOf: a, encoding: .utf8) == unordered)

        let run = FormatUseCase.run(root: root, paths: nil, check: false)
        #expect(run.changed.count == 3 && run.problems.isEmpty, "\(run)")
        #expect(try String(contentsOf: a, encoding: .utf8) == "name: N\nrole: R\n")
        #expect(try FileManager.default.attributesOfItem(atPath: a.path)[.posixPermissions] as? Int == 0o600)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("assessments/b.yaml").path)
        #expect(link == "../shared/b.yaml", "the link stays a link")
        #expect(try String(contentsOf: root.appendingPathComponent("shared/b.yaml"), encoding: .utf8) == "name: N\nrole: R\n")
        #expect(FormatUseCase.run(root: root, paths: nil, check: true).changed.isEmpty)
    }

    @Test("a path that does not exist is an error naming it")
    func missingPath() throws {
        let root = try TempProject().write()
        defer { TempProject.remove(root) }
        let report = FormatUseCase.run(root: root, paths: ["assessments/nope.yaml"], check: true)
        #expect(report.problems == ["assessments/nope.yaml: no such file or folder"])
    }
}
