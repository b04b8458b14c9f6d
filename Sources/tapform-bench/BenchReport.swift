import Foundation

/// Prints figures as aligned `name: value` lines under section headings, each line as soon as it is
/// measured: written straight to standard output, never held in a buffer until the end (as `print` is
/// into a file or a pipe).
final class BenchReport: Sendable {
    func header(_ options: BenchOptions) {
        write("tapform-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores, parallelism \(options.parallelism)")
    }

    func section(_ title: String) { write("\n== \(title)") }

    func line(_ name: String, _ value: String) {
        write("  " + name.padding(toLength: 44, withPad: " ", startingAt: 0) + value)
    }

    private func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// Wall-clock seconds of `body`.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let value = try body()
    return (value, seconds(ContinuousClock.now - start))
}

func measure<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let value = try await body()
    return (value, seconds(ContinuousClock.now - start))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

/// A fresh temporary folder.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapform-bench-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
