import ArgumentParser
import Dispatch
import Foundation
import TapformKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT and SIGTERM while `invite` or `apply` sends requests, the way Terraform handles an interrupt:
/// the first one asks the run to stop gracefully (`interruption`: no new request starts, those in flight
/// finish and are recorded, the summary prints, and the command exits 130 or 143); a second one exits at
/// once with its own status. Stopping at once still leaves the state consistent: every invite is
/// recorded `pending` before it is sent, and an apply step either ran or did not.
///
/// Install it only once the run starts sending (after any question on the terminal), so that Ctrl-C
/// before then stops the command as usual.
enum SignalTrap {
    /// Starts listening, for the rest of the process (each handler holds its own source).
    /// - Parameters:
    ///   - interruption: receives the first signal; the use case checks it.
    ///   - stopping: what the first signal does, e.g. "No new invite starts; those in flight finish".
    static func install(_ interruption: RunInterruption, stopping: String) {
        for stop in StopSignal.allCases {
            // The default action would end the process at once: ignore it, and read the signal from a source.
            signal(stop.number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: stop.number, queue: .global())
            source.setEventHandler {
                // Signals that arrive before the handler runs are merged: `data` says how many there were.
                for _ in 0..<max(1, source.data) {
                    if interruption.request(stop) {
                        let again = stop == .interrupt ? "press Ctrl-C again" : "send \(stop.name) again"
                        Console.error("\n\(stop.name) received: stopping. \(stopping); \(again) to stop at once.")
                    } else {
                        Console.error("\(stop.name) received again: stopping at once.")
                        _exit(stop.exitCode)
                    }
                }
            }
            source.resume()
        }
    }
}

extension RunInterruption {
    /// The exit status for a run that a signal stopped (130 or 143), to throw after the summary.
    var exitCode: ExitCode? {
        signal.map { ExitCode($0.exitCode) }
    }
}
