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
        #expect(Self.commands.count >= 14)
        for command in Self.commands {
            let lines = Self.help(command).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated().dropLast() {
                let next = lines[index + 1].trimmingCharacters(in: .whitespaces)
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty, let first = next.first else { continue }
                // A line that ends mid-sentence is followed by the sentence's next word.
                #expect(!(first.isLowercase || first == "`" || first == "("),
                        "\(command._commandName): a sentence is broken after \"\(line)\"")
            }
        }
    }

    @Test("schema --kind lists every kind, template included")
    func schemaKinds() {
        let help = Self.help(SchemaCommand.self)
        for kind in ["assessment", "template", "config"] { #expect(help.contains(kind), "\(help)") }
        #expect(throws: Never.self) { _ = try Tapform.parseAsRoot(["schema", "--kind", "template"]) }
    }

    @Test("sandbox serve refuses a port outside 0...65535 as a usage error (exit 64)")
    func portRange() throws {
        for port in ["99999", "65536", "-1"] {
            do {
                _ = try Tapform.parseAsRoot(["sandbox", "serve", "--port", port])
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
