import Foundation
import Testing
@testable import TapformSpec
import TaptalentContract

/// Hostile input yields a diagnostic quickly and with little memory: never a crash or a hang.
@Suite struct HostileInputTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        SpecLoader.loadProject(files: ["assessments/a.yaml": text]).diagnostics
    }

    static func codes(_ text: String) -> Set<String> { Set(diagnostics(text).map(\.code.rawValue)) }

    /// The classic "billion laughs": nine levels of ten aliases each, 10^9 nodes when expanded.
    static let billionLaughs: String = {
        var text = "name: Laughs Screen\nrole: Engineer\nlol0: &lol0 \"lol\"\n"
        for level in 1...9 {
            let items = Array(repeating: "*lol\(level - 1)", count: 10).joined(separator: ", ")
            text += "lol\(level): &lol\(level) [\(items)]\n"
        }
        return text + "vars: {boom: *lol9}\n"
    }()

    @Test func billionLaughsStopsAtTheAliasLimit() {
        let found = Self.diagnostics(Self.billionLaughs)
        #expect(found.map(\.code) == [.aliasLimit])
        // lol3 (line 6) is where the expansion first passes 1,000 nodes: 10 x 111.
        #expect(found.first?.line == 6)
    }

    @Test func aliasBombUsedAsAKeyIsRefusedBeforeParsing() {
        let text = Self.billionLaughs + "questions:\n  - ? *lol9\n    : boom\n"
        #expect(Self.codes(text) == ["alias-limit"])
        let flow = Self.billionLaughs + "other: {[*lol9]: x}\n"
        #expect(Self.codes(flow) == ["alias-limit"])
        let implicit = Self.billionLaughs + "other:\n  *lol9 : x\n"
        #expect(Self.codes(implicit) == ["alias-limit"])
    }

    @Test func smallAliasesAreFine() {
        let text = "name: Alias Screen\nrole: &role Engineer\npurpose: *role\nskills: &s [Go]\n"
        #expect(Self.diagnostics(text) == [])
    }

    @Test func deepFlowNestingIsRefusedBeforeParsing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.codes("name: Deep Screen\nrole: Engineer\nvars: " + deep + "\n") == ["too-deep"])
    }

    @Test func deepBlockNestingIsRefused() {
        let compact = "name: Deep Screen\nrole: Engineer\nskills:\n" + String(repeating: "- ", count: 50_000) + "x\n"
        #expect(Self.codes(compact) == ["too-deep"])
        var indented = "name: Deep Screen\nrole: Engineer\nvars:\n"
        for level in 1...40 { indented += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(Self.codes(indented).contains("too-deep"))
    }

    @Test func manyNodesAreRefused() {
        let skills = String(repeating: "- a\n", count: SpecLimits.maxNodes + 10)
        #expect(skills.utf8.count < SpecLimits.maxFileBytes)
        #expect(Self.codes("name: Many Screen\nrole: Engineer\nvars: {}\nskills:\n" + skills) == ["too-many-nodes"])
    }

    @Test func malformedYAMLNamesLineAndColumn() {
        let found = Self.diagnostics("name: Screen\nrole: Engineer\nquestions:\n  - text: \"unterminated\n")
        #expect(found.map(\.code) == [.yamlSyntax])
        #expect(found.first.map { $0.line >= 4 } == true)
    }

    @Test func tabsInIndentationGetAClearMessage() {
        let found = Self.diagnostics("name: Screen\nrole: Engineer\nvars:\n\tstack: Go\n")
        #expect(found.map(\.code) == [.tabIndentation])
        #expect(found.first?.line == 4)
        #expect(found.first?.column == 1)
    }

    @Test func controlCharactersAreASyntaxErrorWithAPosition() {
        let found = Self.diagnostics("name: Screen\nrole: Eng\u{0}ineer\n")
        #expect(found.map(\.code) == [.yamlSyntax])
        #expect(found.first?.line == 2)
    }

    @Test func severalDocumentsAndEmptyFiles() {
        #expect(Self.codes("name: A Screen\nrole: Engineer\n---\n") == ["multiple-documents"])
        #expect(Self.codes("") == ["empty-file"])
        #expect(Self.codes("\n\n# only a comment\n") == ["empty-file"])
        #expect(Self.codes("---\n...\n") == ["empty-file"])
        #expect(Self.codes("~\n") == ["empty-file"])
        #expect(Self.codes("- a list\n") == ["wrong-type"])
        #expect(Self.codes("just a string\n") == ["wrong-type"])
    }

    @Test func nonUTF8NamesTheLineOfTheFirstBadByte() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bytes = Array("name: Screen\nrole: Engineer\n\npurpose: ok\n".utf8)
        bytes.insert(0xFF, at: bytes.count - 3)
        try folder.write("assessments/a.yaml", Data(bytes))
        try folder.write("assessments/utf16.yaml", "name: Screen\n".data(using: .utf16)!)
        let found = SpecLoader.loadProject(root: folder.url).diagnostics
        #expect(found.map(\.code) == [.notUTF8, .notUTF8])
        #expect(found.first { $0.file == "assessments/a.yaml" }?.line == 4)
    }

    @Test func filesOverOneMebibyteAreNotParsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let big = "name: Big Screen\nrole: Engineer\npurpose: " + String(repeating: "x", count: SpecLimits.maxFileBytes) + "\n"
        try folder.write("assessments/big.yaml", big)
        let found = SpecLoader.loadProject(root: folder.url).diagnostics
        #expect(found.map(\.code) == [.fileTooLarge])
        #expect(found.first?.message.contains("\(big.utf8.count) bytes") == true)
    }

    @Test func symlinksLeavingTheRepositoryAreRefused() throws {
        let outside = try TemporaryFolder()
        let folder = try TemporaryFolder()
        defer { outside.remove(); folder.remove() }
        try outside.write("secret.yaml", "durationMinutes: 30\n")
        try outside.write("stolen.yaml", "name: Stolen Screen\nrole: Engineer\n")
        try folder.write("assessments/a.yaml", "name: Link Screen\nrole: Engineer\nextends: linked\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("templates"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("templates/linked.yaml"),
                                                   withDestinationURL: outside.url.appendingPathComponent("secret.yaml"))
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("assessments/b.yaml"),
                                                   withDestinationURL: outside.url.appendingPathComponent("stolen.yaml"))
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.filter { $0.code == .pathEscape }.map(\.file).sorted()
            == ["assessments/b.yaml", "templates/linked.yaml"])
        #expect(result.assessments.isEmpty)
    }

    @Test func symlinksInsideTheRepositoryAreFollowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("shared/base.yaml", "durationMinutes: 30\n")
        try folder.write("assessments/a.yaml", "name: Link Screen\nrole: Engineer\nextends: base\n")
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("templates"),
                                                   withDestinationURL: folder.url.appendingPathComponent("shared"))
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics == [])
        #expect(result.assessments.first?.durationMinutes.value == 30)
    }

    @Test func pathsArgumentCannotLeaveTheRepository() {
        let result = SpecLoader.loadProject(files: ["assessments/a.yaml": "name: A Screen\nrole: Engineer\n"],
                                            paths: ["../elsewhere", "/etc/passwd", "assessments/missing.yaml"])
        #expect(result.diagnostics.map(\.code) == [.pathEscape, .pathEscape, .unreadableFile])
    }
}

@Suite("Numbers too large for their field")
struct HugeNumberTests {
    @Test("a huge whole number is out of range, with the allowed range, not 'found a number'", arguments: [
        "99999999999999999999", "-99999999999999999999", "1_000_000_000_000_000_000_000",
    ])
    func hugeInteger(text: String) throws {
        let found = HostileInputTests.diagnostics("name: Huge Screen\nrole: Engineer\ndurationMinutes: \(text)\n")
        let diagnostic = try #require(found.first { $0.code == .outOfRange }, "\(found)")
        #expect(diagnostic.message.contains("must be between \(WireLimits.durationMinutes.lowerBound) and \(WireLimits.durationMinutes.upperBound)"))
        #expect(diagnostic.line == 3)
        #expect(!found.contains { $0.code == .wrongType })
    }

    @Test("a float is still the wrong type")
    func float() {
        let found = HostileInputTests.diagnostics("name: Float Screen\nrole: Engineer\ndurationMinutes: 20.5\n")
        #expect(found.map(\.code) == [.wrongType])
    }
}
