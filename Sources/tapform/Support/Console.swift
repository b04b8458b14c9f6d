import ArgumentParser
import Foundation
import TapformKit
import TapformPlan

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, and what kind of terminal they are.
///
/// A reader that goes away (`tapform invite --dry-run … | head`) closes the pipe: the next write fails
/// with EPIPE (SIGPIPE is ignored, see `ignoreBrokenPipes`). From then on what goes to that stream is
/// dropped, quietly, and the command runs to its end, so an invite in flight is still recorded and an
/// apply step still finishes: the reader leaving loses nothing but the text it did not want.
enum Console {
    /// Text for standard output, a newline added when missing.
    static func out(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .output)
    }

    static func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .error)
    }

    /// Text for the person running the command: standard output, or standard error when standard output
    /// carries a JSON document (`--format json`).
    static func human(_ text: String) {
        JSONOutput.isRequested ? error(text) : out(text)
    }

    enum Stream: Int32, Sendable {
        case output = 1
        case error = 2
    }

    /// Writes all of `text`, retrying short writes and EINTR; after EPIPE the stream is closed for good.
    static func write(_ text: String, to stream: Stream) {
        guard !closed.isClosed(stream) else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { posixWrite(stream.rawValue, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                // EPIPE (the reader left) or another failure of the stream: nothing more can be shown on it.
                closed.close(stream)
                return
            }
        }
    }

    /// A write to a closed pipe then fails with EPIPE instead of killing the process (before the summary,
    /// a ledger record or the end of an apply step).
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    private static let closed = ClosedStreams()

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Colour only on a terminal, and never with NO_COLOR set (https://no-color.org).
    static var useColor: Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Columns for the human plan: `COLUMNS` when it is a positive number, else the terminal's width,
    /// else the renderer's default (a pipe or a CI log).
    static var width: Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 {
            return columns
        }
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return HumanPlanRenderer.defaultWidth
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Reads one line from standard input (for "Apply? [y/N]"), the prompt on the human stream.
    static func ask(_ prompt: String) -> String? {
        write(prompt, to: JSONOutput.isRequested ? .error : .output)
        return readLine()
    }
}

/// Runs `body`, turning a `TapformError` (or any error) into `error: message` and exit 1, never a trace;
/// with `--format json`, also into the error document on standard output (unless a report was written).
func reportingErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch let exit as CleanExit {
        throw exit
    } catch let error as ValidationError {
        throw error
    } catch {
        Console.error("error: \(error)")
        JSONOutput.reportFailure(ErrorReport(command: JSONOutput.command, exitCode: ExitCode.failure.rawValue, error: error,
                                             message: "\(error)"))
        throw ExitCode.failure
    }
}

/// Streams found closed (EPIPE), shared by every task that writes.
private final class ClosedStreams: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: Set<Int32> = []

    func isClosed(_ stream: Console.Stream) -> Bool { lock.withLock { streams.contains(stream.rawValue) } }
    func close(_ stream: Console.Stream) { _ = lock.withLock { streams.insert(stream.rawValue) } }
}

/// write(2): inside `Console`, `write` names its own method.
#if canImport(Darwin)
private let posixWrite = Darwin.write
#elseif canImport(Musl)
private let posixWrite = Musl.write
#else
private let posixWrite = Glibc.write
#endif
