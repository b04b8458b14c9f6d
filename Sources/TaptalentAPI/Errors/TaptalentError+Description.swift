import Foundation

extension TaptalentError: CustomStringConvertible, LocalizedError {
    /// e.g. `POST /assessment/audio-interviews failed: 400 INVALID_REQUEST: One or more fields are invalid.
    /// (testName: "testName" length must be at least 3 characters long) after 1 attempt`.
    public var description: String {
        let request = method.isEmpty ? "request" : "\(method) \(path)"
        var text: String
        switch kind {
        case .api(let failure):
            text = "\(request) failed: \(failure.status)"
            if let code = failure.code { text += " \(code)" }
            text += ": \(failure.message)"
            if !failure.details.isEmpty {
                let fields = failure.details.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                text += " (" + fields.joined(separator: "; ") + ")"
            }
            if let wait = failure.retryAfterRefused {
                text += " (the server asked to wait \(Self.format(wait.seconds)) s, longer than the client waits)"
            }
            if let gaveUp = failure.rateLimitGaveUp {
                text += " (\(Self.describe(gaveUp)))"
            }
        case .transport(let failure):
            text = "\(method.isEmpty ? "request to" : method) \(failure.url) failed: \(failure.reason)"
        case .timeout(let seconds):
            text = "\(request) timed out (no answer within \(Self.format(seconds)) s)"
        case .decoding(let reason):
            text = "\(request): the response does not match the API contract: \(reason)"
        case .invalidResponse(let reason):
            text = "\(request): invalid response: \(reason)"
        case .readOnlyRefused:
            return "\(request) refused: this client is read-only (nothing was sent)"
        case .insecureURL(let reason):
            return "refused to connect: \(reason)"
        }
        if attempts > 0 {
            text += " after \(attempts) attempt\(attempts == 1 ? "" : "s")"
        }
        if isOutcomeUnknown {
            text += "; the change may or may not have been applied"
        }
        return text
    }

    public var errorDescription: String? { description }

    private static func describe(_ gaveUp: RateLimitGiveUp) -> String {
        let advice = "the account's rate limit is used up, perhaps by another client or run: run again later "
            + "(a request refused with 429 changed nothing)"
        switch gaveUp {
        case .streak(let length, let maximum):
            return "the server has refused every request with 429 for \(Self.format(length.seconds)) s, and the client "
                + "waits at most \(Self.format(maximum.seconds)) s for a rate limit; " + advice
        case .answers(let count):
            return "this request was refused with 429 \(count) times, the most the client retries one request; " + advice
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds.rounded() == seconds ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
