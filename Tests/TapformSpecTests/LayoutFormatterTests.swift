import Foundation
import Testing
@testable import TapformSpec

/// `tapform fmt`'s layout never loses content: every example and fixture lays out to files that validate
/// to the same spec, a second run changes nothing, and comments in odd places stay where they belong.
@Suite struct LayoutFormatterTests {
    /// The example project and every fixture project.
    static let projects: [String] = {
        let fixtures = TestPaths.fixtures.appendingPathComponent("diagnostics")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return ["."] + names.sorted().map { "Tests/TapformSpecTests/Fixtures/diagnostics/\($0)" }
    }()

    static func format(_ text: String, file: String = "a.yaml") -> Result<String, LayoutFormatter.Failure> {
        LayoutFormatter.format(Data(text.utf8), file: file).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What a spec says, without source positions (which a layout moves).
    static func values(_ result: ProjectSpecResult) -> [String] {
        result.assessments.map { spec in
            let questions = spec.questions?.map { "\($0.text.value)|\($0.timeLimitSeconds.value)|\($0.idealAnswer?.value ?? "-")" }
            return [
                spec.file, spec.name.value, spec.renamedFrom.map(\.value).description, spec.id?.value ?? "-",
                spec.role.value, spec.purpose?.value ?? "-", "\(spec.durationMinutes.value)", spec.language.value,
                spec.skills.map(\.value).description, spec.job?.value ?? "-", "\(spec.emailVerification.value)",
                "\(spec.evaluateCEFR.value)", spec.status.value.rawValue, "\(spec.protect.value)",
                spec.extends.map(\.value).description, spec.vars.sorted { $0.key < $1.key }.description,
                questions?.description ?? "-", spec.generate.map { "\($0.count.value)" } ?? "-",
            ].joined(separator: "\n")
        }.sorted()
    }

    /// The problems found, without positions.
    static func problems(_ result: ProjectSpecResult) -> [String] {
        result.diagnostics.map { "\($0.file) \($0.severity) \($0.code)" }.sorted()
    }

    static func contentLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.sorted()
    }

    @Test("every example and fixture: same spec after fmt, nothing lost, and fmt twice changes nothing", arguments: projects)
    func roundTrip(_ project: String) throws {
        let root = RepositoryPaths.root.appendingPathComponent(project)
        let (paths, _) = SpecLoader.layoutFiles(root: root, paths: nil)
        // (Fixtures of tapform.yaml alone have no file to lay out.)
        if project == "." { #expect(paths.count >= 8) }
        var before: [String: String] = [:]
        for path in paths + [ProjectConfig.fileName] {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            before[path] = String(decoding: data, as: UTF8.self)
        }
        var after = before
        for path in paths {
            let data = try #require(FileManager.default.contents(atPath: root.appendingPathComponent(path).path))
            switch LayoutFormatter.format(data, file: path) {
            case .success(let formatted):
                let text = String(decoding: formatted, as: UTF8.self)
                after[path] = text
                #expect(Self.format(text, file: path) == .success(text), "\(path): a second fmt changes it")
                #expect(Self.contentLines(text) == Self.contentLines(String(decoding: data, as: UTF8.self)), "\(path)")
            case .failure(.unreadable):
                // Fixtures of YAML that does not parse are left alone; validate reports them either way.
                continue
            case .failure(let failure):
                Issue.record("\(path): \(failure)")
            }
        }
        let loadedBefore = SpecLoader.loadProject(files: before)
        let loadedAfter = SpecLoader.loadProject(files: after)
        #expect(Self.values(loadedAfter) == Self.values(loadedBefore), "\(project)")
        #expect(Self.problems(loadedAfter) == Self.problems(loadedBefore), "\(project)")
    }

    @Test("the examples are laid out: keys move to the schema's order with their comments")
    func examplesChange() throws {
        let file = "assessments/engineering/backend-engineer-kotlin.yaml"
        let url = RepositoryPaths.root.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let text = try Self.format(String(decoding: data, as: UTF8.self)).get()
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }.map { $0.prefix { $0 != ":" } }
        let order = LayoutFormatter.keyOrder
        #expect(keys.map { order.firstIndex(of: String($0)) ?? .max } == keys.map { order.firstIndex(of: String($0)) ?? .max }.sorted())
    }

    @Test("comments in odd places stay with what they describe; block scalars keep every byte")
    func oddComments() throws {
        let input = """
            # header of the file

            # about role
            role: Engineer   # trailing comment
            name: "X"\("  ")
            # between two keys


            questions:
              # inside, before the first item
              - text: A   # after a text
                # between two fields
                idealAnswer: |
                  keep trailing spaces\("   ")
            \("      ")
                  and the blank line above
              # after the last item
            # about version
            version: 1 # why 1
            vars: {stack: Go}   # flow, left alone
            # closing comment

            """
        let expected = """
            # header of the file

            # about version
            version: 1 # why 1
            name: "X"
            # about role
            role: Engineer   # trailing comment
            vars: {stack: Go}   # flow, left alone

            # between two keys
            questions:
              # inside, before the first item
              - text: A   # after a text
                # between two fields
                idealAnswer: |
                  keep trailing spaces\("   ")
            \("      ")
                  and the blank line above
              # after the last item
            # closing comment

            """
        let output = try Self.format(input).get()
        #expect(output == expected, "\(output)")
        #expect(try Self.format(output).get() == output)
    }

    @Test("a header without a blank line stays first; CRLF, a byte order mark and blank runs are normalised")
    func whitespace() throws {
        let input = "\u{FEFF}# file comment\r\nrole: R\r\n\r\n\r\n\r\nname: N\r\nskills:\r\n  - Go\r\n\r\n\r\n  - SQL\r\n\r\n"
        #expect(try Self.format(input).get() == "# file comment\nname: N\nrole: R\nskills:\n  - Go\n\n  - SQL\n")
        #expect(try Self.format("name: N\nrole: R\n").get() == "name: N\nrole: R\n")
    }

    @Test("a file it cannot lay out without a change is refused and left alone")
    func refusals() throws {
        // The anchor would move after its alias.
        guard case .failure(.wouldChangeContent) = Self.format("role: &r Engineer\nname: *r\n") else {
            Issue.record("an alias before its anchor was not refused")
            return
        }
        // Kept blank lines of a `|+` text sit between two keys that swap.
        guard case .failure(.wouldChangeContent) = Self.format("role: |+\n  text\n\nname: N\n") else {
            Issue.record("a |+ text losing its blank line was not refused")
            return
        }
        guard case .failure(.notBlockMapping) = Self.format("{role: R, name: N}\n") else {
            Issue.record("a flow mapping was not refused")
            return
        }
        guard case .failure(.unreadable(let diagnostic)) = Self.format("name: [unclosed\n") else {
            Issue.record("broken YAML was not refused")
            return
        }
        #expect(diagnostic.line >= 1)
    }
}
