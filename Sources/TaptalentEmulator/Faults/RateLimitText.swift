import Foundation
import TaptalentAPI

/// `--rate-limit` as written on the command line: `50/s` (requests a second) or `600/min`.
public enum RateLimitText {
    /// Requests a second, or nil when `text` is not `N/s` or `N/min` with N above 0 and at most
    /// `EmulatorFaults.maxRateLimitPerSecond` a second.
    public static func requestsPerSecond(_ text: String) -> Double? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Double(parts[0].trimmingCharacters(in: .whitespaces)), count.isFinite, count > 0
        else { return nil }
        let perSecond: Double
        switch parts[1].trimmingCharacters(in: .whitespaces).lowercased() {
        case "s", "sec", "second": perSecond = count
        case "m", "min", "minute": perSecond = count / 60
        default: return nil
        }
        return perSecond <= EmulatorFaults.maxRateLimitPerSecond ? perSecond : nil
    }

    /// What a valid value looks like, for error messages.
    public static let expected = "requests per second or per minute, e.g. 50/s or 600/min"
}
