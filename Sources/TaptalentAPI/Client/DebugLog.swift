import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Formats the debug lines (one per request, answer, failure, wait) and redacts the key from each.
struct DebugLog: Sendable {
    let sink: (@Sendable (String) -> Void)?
    let apiKey: APIKey?

    func emit(_ line: @autoclosure () -> String) {
        guard let sink else { return }
        let text = line()
        sink(apiKey?.redact(text) ?? text)
    }

    /// - Parameter rateLimited: the 429s with `Retry-After` answered before, which spend no attempt.
    func request(_ request: URLRequest, attempt: Int, of maxAttempts: Int, rateLimited: Int = 0) {
        emit({
            let method = request.httpMethod ?? "GET"
            let url = request.url?.absoluteString ?? "?"
            let auth = request.value(forHTTPHeaderField: WireHeader.authorization) == nil
                ? "" : " \(WireHeader.authorization): \(WireHeader.bearerPrefix)[REDACTED]"
            let size = request.httpBody.map { " body \($0.count) bytes" } ?? ""
            let refused = rateLimited == 0 ? "" : ", after \(rateLimited) × 429"
            return "→ \(method) \(url) [attempt \(attempt)/\(maxAttempts)\(refused)]\(auth)\(size)"
        }())
    }

    func response(status: Int, method: HTTPMethod, path: String, bytes: Int, elapsed: Duration) {
        emit("← \(status) \(method.rawValue) \(path) (\(bytes) bytes, \(Int(elapsed.seconds * 1000)) ms)")
    }

    func failure(_ reason: String, method: HTTPMethod, path: String, elapsed: Duration) {
        emit("× \(method.rawValue) \(path): \(reason) (\(Int(elapsed.seconds * 1000)) ms)")
    }

    func wait(_ delay: Duration, method: HTTPMethod, path: String, because reason: String) {
        emit("… retrying \(method.rawValue) \(path) in \(String(format: "%.3f", delay.seconds)) s (\(reason))")
    }
}
