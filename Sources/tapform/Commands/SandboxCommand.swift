import ArgumentParser
import TaptalentEmulator

struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "The embedded emulator of the Taptalent Partner API.",
        subcommands: [Serve.self])

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the emulator over HTTP until interrupted.",
            discussion: """
                The first line on standard output is `listening on http://HOST:PORT/v1/partner` (with the real \
                port when --port 0 asks the OS for one); then, when --key was not given, the generated key.
                """)

        @OptionGroup var project: ProjectOptions

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port; 0 lets the OS choose a free one.")
        var port = 8787

        @Option(help: "Keep the data in this folder across restarts (default: in memory); relative to -C.")
        var data: String?

        @Option(help: "The API key clients must send (default: one is generated and printed).")
        var key: String?

        @Flag(help: "Serve the test controls under /__sandbox/ (reset, jobs, completions, counters, faults).")
        var testControls = false

        @Option(help: ArgumentHelp(
            "How to write the answers: as documented, or in another variant the documentation shows (or a wrong one, to see doctor report it).",
            valueName: "variant"))
        var variant: WireVariant = .documented

        func validate() throws {
            let range = EmulatorOptions.portRange
            guard range.contains(port) else {
                throw ValidationError("--port \(port) is not a port: give \(range.lowerBound) to \(range.upperBound) "
                    + "(\(range.lowerBound) lets the OS choose a free one)")
            }
        }

        func run() async throws {
            try await reportingErrors {
                try await Emulator.serve(EmulatorOptions(
                    host: host, port: port, dataDirectory: data.map { project.file($0).path }, apiKey: key, testControls: testControls,
                    variant: variant))
            }
        }
    }
}

extension WireVariant: ExpressibleByArgument {}
