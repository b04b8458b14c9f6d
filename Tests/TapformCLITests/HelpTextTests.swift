import ArgumentParser
import Testing
@testable import tapform

/// Every command's help as swift-argument-parser renders it, and the usage errors of options.
@Suite("help texts and option ranges")
struct HelpTextTests {
    /// Every command, subcommands included.
    static let commands: [any ParsableCommand.Type] = {
        var all: [any ParsableCommand.Type] = []
        func visit(_ command: any ParsableCommand.Type) {
            all.append(command)
            command.configuration.subcommands.forEach(visit)
        }
        visit(Tapform.self)
        return all
    }()

    /// The help at a width no paragraph reaches, so each paragraph is one line.
    static func help(_ command: any ParsableCommand.Type) -> String {
        Tapform.helpMessage(for: command, columns: 100_000)
    }

    @Test("every command has help, and no sentence in it is broken across lines")
    func noBrokenSentence() {
        #expect(Self.commands.count >= 16)
        for command in Self.commands {
            let help = Self.help(command)
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let usage = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.count
            // Before USAGE: the abstract and the discussion, one line a paragraph at this width.
            for index in 0..<max(usage - 1, 0) where !lines[index].isEmpty && !lines[index + 1].isEmpty {
                Issue.record("\(command._commandName): a sentence is broken after \"\(lines[index])\"")
            }
            // After it: an option's help may start on the line below its name, and never continues further.
            for index in (usage + 1)..<lines.count where lines[index].hasPrefix(String(repeating: " ", count: 10)) {
                let previous = lines[index - 1].trimmingCharacters(in: .whitespaces)
                let nameOnly = (previous.hasPrefix("-") || previous.hasPrefix("<")) && !previous.contains("  ")
                if !nameOnly { Issue.record("\(command._commandName): an option's help is broken after \"\(previous)\"") }
            }
        }
    }

    @Test("schema --kind lists every kind, template included")
    func schemaKinds() {
        let help = Self.help(SchemaCommand.self)
        let line = help.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--kind <kind>") } ?? ""
        // The option's own words, before the parser's "(values: …)".
        let words = line.components(separatedBy: "(values:")[0]
        for kind in ["assessment", "template", "tapform.yaml"] { #expect(words.contains(kind), "\(line)") }
        #expect(throws: Never.self) { _ = try Tapform.parseAsRoot(["schema", "--kind", "template"]) }
    }

    @Test("sandbox serve refuses a port outside 0...65535 as a usage error (exit 64)")
    func portRange() throws {
        for port in ["99999", "65536", "-1"] {
            do {
                _ = try Tapform.parseAsRoot(["sandbox", "serve", "--port=\(port)"])
                Issue.record("--port \(port) was accepted")
            } catch {
                #expect(Tapform.exitCode(for: error).rawValue == 64, "--port \(port)")
                #expect(Tapform.message(for: error).contains("0 to 65535"), "\(Tapform.message(for: error))")
            }
        }
        let serve = try #require(try Tapform.parseAsRoot(["sandbox", "serve", "--port", "65535"]) as? SandboxCommand.Serve)
        #expect(serve.port == 65535)
    }
}
