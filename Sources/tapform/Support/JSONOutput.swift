import ArgumentParser
import Foundation
import TapformKit

/// `--format json`: exactly one JSON document on standard output, also when the command fails (then
/// an `error` report), and human text on standard error.
///
/// Whether JSON was asked is read from the arguments before they are parsed, so that a usage error
/// (exit 64) is a JSON document too.
enum JSONOutput {
    /// Set once by `Tapform.main`, before the command runs.
    static func start(arguments: [String], command: String?) {
        state.start(requested: requested(in: arguments), command: command)
    }

    static var isRequested: Bool { state.requested }
    /// The command's name, for error reports.
    static var command: String? { state.command }

    /// True when the arguments ask for `--format json` (`--format json` or `--format=json`).
    static func requested(in arguments: [String]) -> Bool {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return false }
            if argument == "--format=json" { return true }
            if argument == "--format", index + 1 < arguments.count, arguments[index + 1] == "json" { return true }
        }
        return false
    }

    /// Writes the command's report. Only the first document of a run is written.
    static func emit<Report: JSONReport>(_ report: Report) {
        emit(text: ReportRendering.json(report))
    }

    static func emit(text: String) {
        guard state.claim() else { return }
        Console.write(text, to: .output)
    }

    /// Writes `report` when JSON was asked and the command has not written its document yet.
    static func reportFailure(_ report: ErrorReport) {
        guard isRequested else { return }
        emit(report)
    }

    private static let state = DocumentState()
}

/// Whether JSON was asked and whether the run's document was written; shared by every task.
private final class DocumentState: @unchecked Sendable {
    private let lock = NSLock()
    private var written = false
    private var isRequested = false
    private var name: String?

    func start(requested: Bool, command: String?) {
        lock.withLock {
            isRequested = requested
            name = command
        }
    }

    var requested: Bool { lock.withLock { isRequested } }
    var command: String? { lock.withLock { name } }

    /// True the first time only.
    func claim() -> Bool {
        lock.withLock {
            defer { written = true }
            return !written
        }
    }
}

/// `--format` of the commands whose output is a report: `human` (text) or `json` (one document).
enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case human, json
}
