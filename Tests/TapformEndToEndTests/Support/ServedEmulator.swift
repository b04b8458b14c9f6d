import Foundation

/// A `tapform sandbox serve --port 0` child process. Its first line gives the URL; everything it prints
/// after that is drained all the time (a busy request log would otherwise fill the pipe and stall it).
final class ServedEmulator: @unchecked Sendable {
    let process = Process()
    let firstLine: String
    let baseURL: URL
    private let drain: PipeDrain

    init(arguments: [String]) throws {
        process.executableURL = try TapformBinary.executable
        process.arguments = ["sandbox", "serve", "--port", "0"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading
        var line = Data()
        while true {
            let byte = output.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        drain = PipeDrain(output)
        firstLine = String(decoding: line, as: UTF8.self)
        guard firstLine.hasPrefix("listening on "),
              let url = firstLine.split(separator: " ").last.flatMap({ URL(string: String($0)) })
        else {
            process.terminate()
            throw ServeFailed(line: firstLine)
        }
        baseURL = url
    }

    struct ServeFailed: Error, CustomStringConvertible {
        var line: String
        var description: String { "sandbox serve did not print its URL; first line: \(line)" }
    }

    /// SIGTERM, then everything it printed after the first line.
    @discardableResult
    func stopAndCollect() -> String {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return String(decoding: drain.wait(), as: UTF8.self)
    }

    func stop() { stopAndCollect() }

    /// SIGKILL: no chance to flush or clean up.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
