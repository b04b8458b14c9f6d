import Foundation
import Testing
@testable import TapformKit
import TapformSpec

/// Files saved by editors on Windows start with a UTF-8 byte order mark: tapform reads them as any other
/// and a file it rewrites keeps the mark and every other byte.
@Suite("files with a byte order mark")
struct ByteOrderMarkTests {
    @Test("pull rewrites the questions of a file with a BOM at the right bytes, keeping the BOM")
    func pullKeepsTheMark() async throws {
        let text = "\u{FEFF}name: BOM Screen   # identity\nrole: Engineer\nquestions:\n  - text: An old question the account no longer has.\n# end\n"
        let folder = try SeedingKit.Folder(["assessments/bom.yaml": text])
        defer { folder.remove() }
        try await SeedingKit.withEmulator { emulator in
            try await SeedingKit.create(emulator.client, name: "BOM Screen", role: "Engineer",
                                        questions: [SeedingKit.question("What did you ship last quarter, and why?")])
            #expect(folder.project.spec.diagnostics == [])
            _ = try await PullUseCase.run(project: folder.project, names: ["BOM Screen"], client: emulator.client,
                                          environment: "test")
            let written = try Data(contentsOf: folder.root.appendingPathComponent("assessments/bom.yaml"))
            #expect(written.starts(with: ByteOrderMark.utf8))
            let after = String(decoding: written, as: UTF8.self)
            #expect(after.hasPrefix("\u{FEFF}name: BOM Screen   # identity\nrole: Engineer\nquestions:\n"), "\(after)")
            #expect(after.contains("What did you ship last quarter, and why?"))
            #expect(after.hasSuffix("# end\n"))
            let reloaded = folder.project.spec
            #expect(reloaded.diagnostics == [])
            #expect(reloaded.assessments.first?.questions?.map(\.text.value) == ["What did you ship last quarter, and why?"])
        }
    }
}
