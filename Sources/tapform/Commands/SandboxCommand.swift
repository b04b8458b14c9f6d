import ArgumentParser
import TaptalentAPI
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

        @Option(help: ArgumentHelp(
            "Limit the API like a company account: beyond this rate, requests are answered 429 with Retry-After.",
            valueName: "N/s|N/min"))
        var rateLimit: String?

        @Option(help: "With --rate-limit: requests allowed at once after a quiet spell (default: one second's worth).")
        var rateLimitBurst: Int?

        @Option(help: "Wait this many milliseconds before answering each API request.")
        var latencyMs = 0

        @Option(help: "Add a random wait of up to this many milliseconds to --latency-ms.")
        var latencyJitterMs = 0

        func validate() throws {
            let range = EmulatorOptions.portRange
            guard range.contains(port) else {
                throw ValidationError("--port \(port) is not a port: give \(range.lowerBound) to \(range.upperBound) "
                    + "(\(range.lowerBound) lets the OS choose a free one)")
            }
            if let rateLimit, RateLimitText.requestsPerSecond(rateLimit) == nil {
                throw ValidationError("--rate-limit \(rateLimit): give \(RateLimitText.expected)")
            }
            if let rateLimitBurst {
                guard rateLimit != nil else { throw ValidationError("--rate-limit-burst needs --rate-limit") }
                guard (1...EmulatorFaults.maxRateLimitBurst).contains(rateLimitBurst) else {
                    throw ValidationError("--rate-limit-burst must be between 1 and \(EmulatorFaults.maxRateLimitBurst)")
                }
            }
            for (name, value) in [("--latency-ms", latencyMs), ("--latency-jitter-ms", latencyJitterMs)]
            where !(0...EmulatorFaults.maxLatencyMs).contains(value) {
                throw ValidationError("\(name) must be between 0 and \(EmulatorFaults.maxLatencyMs)")
            }
        }

        func run() async throws {
            try await reportingErrors {
                let faults = EmulatorFaults(
                    latencyMs: latencyMs, latencyJitterMs: latencyJitterMs,
                    rateLimitPerSecond: rateLimit.flatMap(RateLimitText.requestsPerSecond) ?? 0,
                    rateLimitBurst: rateLimitBurst ?? 0)
                try await Emulator.serve(EmulatorOptions(
                    host: host, port: port, dataDirectory: data.map { project.file($0).path }, apiKey: key,
                    testControls: testControls, variant: variant, faults: faults))
            }
        }
    }
}

extension WireVariant: ExpressibleByArgument {}
