import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Emulator {
    /// What `tapform sandbox serve` runs: starts the emulator, writes `listening on http://HOST:PORT/v1/partner`
    /// as the first line, then (only when the key was generated) `api key: sk_test_...`, then one line per
    /// request, and runs until SIGINT or SIGTERM, then stops cleanly and returns.
    /// - Parameter output: receives each line, without newline. The default writes it to standard output
    ///   at once, unbuffered, so a script reading the first line is never kept waiting.
    /// - Throws: `EmulatorStartError` when the emulator cannot start.
    public static func serve(
        _ options: EmulatorOptions, output: @escaping @Sendable (String) -> Void = Emulator.writeLine
    ) async throws {
        var options = options
        let generatedKey = options.apiKey == nil
        let gate = LogGate(output: output)
        if options.requestLog == nil { options.requestLog = { gate.write($0) } }
        let stopSignals = SignalWaiter(signals: [SIGINT, SIGTERM])
        let emulator = try await start(options)
        gate.open(header: ["listening on \(emulator.baseURL.absoluteString)"]
            + (generatedKey ? ["api key: \(emulator.apiKey)"] : []))
        await stopSignals.wait()
        await emulator.stop()
    }

    /// Writes `line` and a newline to standard output with one unbuffered write. A reader that left
    /// (`sandbox serve | head -1`, SIGPIPE ignored) costs the line, not the server.
    @Sendable public static func writeLine(_ line: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }
}

/// Holds request log lines back until the header lines are written, so `listening on` is always first.
private final class LogGate: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String]? = []
    private let output: @Sendable (String) -> Void

    init(output: @escaping @Sendable (String) -> Void) { self.output = output }

    func write(_ line: String) {
        lock.withLock {
            if pending != nil { pending!.append(line) } else { output(line) }
        }
    }

    func open(header: [String]) {
        lock.withLock {
            (header + (pending ?? [])).forEach(output)
            pending = nil
        }
    }
}

/// Turns the first of some signals into an awaitable event (their default action is off meanwhile).
private final class SignalWaiter: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Void>

    init(signals: [Int32]) {
        let (stream, sink) = AsyncStream<Void>.makeStream()
        self.stream = stream
        self.numbers = signals
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { sink.yield() }
            source.resume()
            return source
        }
    }

    private let numbers: [Int32]

    /// Returns at the first of the signals, then gives them their default action back (so a second
    /// Ctrl-C during a slow stop ends the process).
    func wait() async {
        var iterator = stream.makeAsyncIterator()
        _ = await iterator.next()
        sources.forEach { $0.cancel() }
        numbers.forEach { signal($0, SIG_DFL) }
    }
}
