/// Progress text for a run of `total` items, pure: the caller supplies the counts and elapsed time.
public enum ProgressFormatter {
    /// A one-line bar for a terminal (redraw it in place with `\r`):
    /// `[██████░░░░░░░░░░░░░░░░░░] 2500/10000  25%  312/s  ETA 0:24`.
    public static func bar(done: Int, total: Int, elapsedSeconds: Double, width: Int = 24) -> String {
        let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "[\(bar)] \(done)/\(total)  \(percent(fraction))  \(rateText(done: done, elapsedSeconds: elapsedSeconds))  ETA \(eta(done: done, total: total, elapsedSeconds: elapsedSeconds))"
    }

    /// A plain line for logs: `invites: 2500/10000 (25%), 312/s, ETA 0:24`.
    public static func plainLine(done: Int, total: Int, elapsedSeconds: Double) -> String {
        let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 1
        return "invites: \(done)/\(total) (\(percent(fraction))), \(rateText(done: done, elapsedSeconds: elapsedSeconds)), ETA \(eta(done: done, total: total, elapsedSeconds: elapsedSeconds))"
    }

    /// Items per second: one decimal below 10, whole numbers above; `–/s` before any time has passed.
    static func rateText(done: Int, elapsedSeconds: Double) -> String {
        guard elapsedSeconds > 0 else { return "–/s" }
        let rate = Double(done) / elapsedSeconds
        if rate < 10 {
            let tenths = Int((rate * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)/s"
        }
        return "\(Int(rate.rounded()))/s"
    }

    /// Time left at the current rate, `m:ss` or `h:mm:ss`; `0:00` when done, `--:--` when unknown.
    static func eta(done: Int, total: Int, elapsedSeconds: Double) -> String {
        if done >= total { return "0:00" }
        guard done > 0, elapsedSeconds > 0 else { return "--:--" }
        let remaining = Double(total - done) * elapsedSeconds / Double(done)
        guard remaining < 360_000 else { return "--:--" }
        return duration(Int(remaining.rounded(.up)))
    }

    /// `m:ss` below an hour, `h:mm:ss` above.
    public static func duration(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }

    private static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded(.down)))%"
    }
}

/// Decides when a plain progress line is due on a non-terminal: one each time the run crosses a
/// further 10% (several crossed at once give one line), including 100%.
public struct PlainProgress: Sendable {
    private var lastDecile = 0

    public init() {}

    /// The line to print now, or nil when none is due.
    public mutating func line(done: Int, total: Int, elapsedSeconds: Double) -> String? {
        guard total > 0 else { return nil }
        let decile = min(10, done * 10 / total)
        guard decile > lastDecile else { return nil }
        lastDecile = decile
        return ProgressFormatter.plainLine(done: done, total: total, elapsedSeconds: elapsedSeconds)
    }
}
