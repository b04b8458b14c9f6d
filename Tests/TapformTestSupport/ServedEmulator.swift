import Foundation
import TaptalentAPI
import TaptalentEmulator

/// The emulator as a `tapform sandbox serve` child process, started from the same `EmulatorOptions` as
/// `TestEmulator` (turned into the command's flags). Its first line gives the URL; everything it prints
/// after that is drained all the time (a busy request log would otherwise fill the pipe and stall it).
public final class ServedEmulator: EmulatorUnderTest, @unchecked Sendable {
    public let process: ChildProcess
    public let firstLine: String
    public let baseURL: URL
    public let apiKey: String
    public let controls: EmulatorControlClient
    private let drain: PipeDrain

    /// Starts `tapform sandbox serve` with `options` as flags (port 0 by default: the OS chooses). Without
    /// `options.apiKey` a key is made here, so that `apiKey` is always known.
    public init(_ options: EmulatorOptions = TestEmulator.defaultOptions) throws {
        var options = options
        let key = options.apiKey ?? "sk_test_" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(22))
        options.apiKey = key
        apiKey = key
        process = try ChildProcess(
            try TapformBinary.executable, ["sandbox", "serve"] + (try Self.flags(options)),
            environment: ProcessInfo.processInfo.environment, stderr: .null)
        let output = process.standardOutput!
        var line = Data()
        var byte: UInt8 = 0
        while true {
            let count = read(output.fileDescriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 || byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        drain = PipeDrain(output)
        firstLine = String(decoding: line, as: UTF8.self)
        guard firstLine.hasPrefix("listening on "),
              let url = firstLine.split(separator: " ").last.flatMap({ URL(string: String($0)) }),
              let controls = try? EmulatorControlClient(url: url)
        else {
            process.terminate()
            process.waitUntilExit()
            throw ServeFailed(line: firstLine)
        }
        baseURL = url
        self.controls = controls
    }

    /// `tapform sandbox serve`'s flags for `options`. Faults that have no flag (errors, dropped
    /// connections) and a request log cannot be given to a child: set those through `controls` once it runs.
    public static func flags(_ options: EmulatorOptions) throws -> [String] {
        var flags = ["--port", "\(options.port)"]
        if options.host != TestEmulator.defaultOptions.host { flags += ["--host", options.host] }
        if let data = options.dataDirectory { flags += ["--data", data] }
        if let key = options.apiKey { flags += ["--key", key] }
        if options.testControls { flags.append("--test-controls") }
        if options.variant != .documented { flags += ["--variant", options.variant.rawValue] }
        let faults = options.faults
        if faults.latencyMs != 0 { flags += ["--latency-ms", "\(faults.latencyMs)"] }
        if faults.latencyJitterMs != 0 { flags += ["--latency-jitter-ms", "\(faults.latencyJitterMs)"] }
        if faults.rateLimitPerSecond != 0 {
            flags += ["--rate-limit", "\(faults.rateLimitPerSecond)/s"]
            if faults.rateLimitBurst != 0 { flags += ["--rate-limit-burst", "\(faults.rateLimitBurst)"] }
        }
        let expressible = EmulatorFaults(
            latencyMs: faults.latencyMs, latencyJitterMs: faults.latencyJitterMs,
            rateLimitPerSecond: faults.rateLimitPerSecond, rateLimitBurst: faults.rateLimitPerSecond == 0 ? 0 : faults.rateLimitBurst)
        guard faults == expressible, options.requestLog == nil else { throw NoSuchFlag(faults: faults) }
        return flags
    }

    public struct NoSuchFlag: Error, CustomStringConvertible {
        var faults: EmulatorFaults
        public var description: String {
            "sandbox serve has flags for latency and the rate limit only, and no request log hook: "
                + "set \(faults) through `controls.setFaults` once it runs"
        }
    }

    public struct ServeFailed: Error, CustomStringConvertible {
        var line: String
        public var description: String { "sandbox serve did not print its URL; first line: \(line)" }
    }

    /// SIGTERM, then everything it printed after the first line.
    @discardableResult
    public func stopAndCollect() -> String {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return String(decoding: drain.wait(), as: UTF8.self)
    }

    public func stop() { stopAndCollect() }

    /// SIGKILL: no chance to flush or clean up.
    public func kill() {
        process.signal(SIGKILL)
        process.waitUntilExit()
    }
}
