import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends `APIRequest`s: builds the URL and headers, enforces read-only mode, retries with backoff, and turns
/// every failure into a `TaptalentError`.
struct RequestExecutor: Sendable {
    let baseURL: URL
    /// `nil` for the emulator's test controls, which take no key.
    let apiKey: APIKey?
    let readOnly: Bool
    let timeout: Duration
    let retry: RetryPolicy
    let log: DebugLog
    let transport: any HTTPTransport
    /// Admits the requests of one client (shared by its copies); nil admits every request at once.
    let gate: ConcurrencyGate?
    /// How long the server has refused every request of this client with 429 (shared by its copies).
    let rateLimitStreak: SharedRateLimitStreak

    /// Sends the request until it succeeds or may not be retried; returns the success body, its HTTP
    /// status and the attempts made. A 429 with an honoured `Retry-After` does not spend the policy's
    /// attempts: the rate-limit streak (`RateLimitStreak`) and `maxRateLimitedAnswers` bound those.
    func send(_ request: APIRequest) async throws -> (body: Data, attempts: Int, status: Int) {
        if readOnly && request.method != .get {
            throw TaptalentError(kind: .readOnlyRefused, method: request.method.rawValue, path: request.displayPath, attempts: 0)
        }
        let urlRequest = makeURLRequest(request)
        let url = urlRequest.url?.absoluteString ?? request.displayPath
        let postRetry = request.postRetry ?? retry.postRetry
        var mayHaveApplied = false
        // Requests sent; those that spent the policy's attempts; the 429s with `Retry-After`, which spend none.
        var attempt = 0
        var spent = 0
        var rateLimited = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            let permit = try await gate?.acquire(retry: attempt > 1)
            log.request(urlRequest, attempt: spent + 1, of: retry.maxAttempts, rateLimited: rateLimited)
            let started = ContinuousClock.now
            var verdict: FailureVerdict
            do {
                let (data, response) = try await Deadline.run(within: timeout) { [transport] in try await transport.send(urlRequest) }
                log.response(status: response.statusCode, method: request.method, path: request.displayPath,
                             bytes: data.count, elapsed: ContinuousClock.now - started)
                if (200..<300).contains(response.statusCode) {
                    rateLimitStreak.answered()
                    await release(permit, .success)
                    return (data, attempt, response.statusCode)
                }
                verdict = .response(response, body: data, method: request.method, postRetry: postRetry,
                                    policy: retry, redact: redact)
                await release(permit, verdict.loadSignal)
            } catch {
                if Task.isCancelled {
                    await release(permit, .ignored)
                    throw CancellationError()
                }
                verdict = .network(error, url: url, method: request.method, postRetry: postRetry, timeout: timeout)
                await release(permit, verdict.loadSignal)
                log.failure(NetworkErrorText.describe(error, url: url).0 + " [\(NetworkErrorText.debugDetail(error))]",
                            method: request.method, path: request.displayPath, elapsed: ContinuousClock.now - started)
            }
            mayHaveApplied = mayHaveApplied || verdict.mayHaveApplied
            let delay: Duration?
            if let retryAfter = verdict.retryAfter {
                rateLimited += 1
                delay = verdict.retryable && mayWaitOut(retryAfter, answers: rateLimited, verdict: &verdict) ? retryAfter : nil
            } else {
                rateLimitStreak.answered()
                spent += 1
                delay = verdict.retryable && spent < retry.maxAttempts ? retry.backoff(beforeRetry: spent) : nil
            }
            if let delay {
                log.wait(delay, method: request.method, path: request.displayPath, because: Self.reason(verdict.kind))
                // A Retry-After holds back every request of this client while it is waited out.
                let holdsOthers = verdict.retryAfter != nil ? gate : nil
                await holdsOthers?.beginHold()
                do {
                    try await retry.sleeper.sleep(for: delay)
                } catch {
                    await holdsOthers?.endHold()
                    throw error
                }
                await holdsOthers?.endHold()
                continue
            }
            throw TaptalentError(kind: verdict.kind, method: request.method.rawValue, path: request.displayPath,
                                 attempts: attempt, isOutcomeUnknown: mayHaveApplied)
        }
    }

    /// Whether a 429 asking to wait `retryAfter` (the request's `answers`th) is waited out and retried;
    /// when not, the verdict's error says which bound was reached.
    private func mayWaitOut(_ retryAfter: Duration, answers: Int, verdict: inout FailureVerdict) -> Bool {
        let now = retry.clock.now
        let (withinStreak, length) = rateLimitStreak.refused(at: now, retryAfter: retryAfter)
        let gaveUp: TaptalentError.RateLimitGiveUp
        if !withinStreak {
            gaveUp = .streak(length: length, maximum: retry.maxRateLimitWait)
        } else if answers > retry.maxRateLimitedAnswers {
            gaveUp = .answers(answers)
        } else {
            return true
        }
        if case .api(var failure) = verdict.kind {
            failure.rateLimitGaveUp = gaveUp
            verdict.kind = .api(failure)
        }
        return false
    }

    /// Sends the request and decodes its success body from any of the three envelopes.
    func decode<T: Decodable>(_ type: T.Type, _ request: APIRequest) async throws -> T {
        let (body, attempts, _) = try await send(request)
        do {
            return try Envelope.decode(T.self, from: body)
        } catch {
            throw TaptalentError(
                kind: .decoding(reason: redact(DecodingErrorText.describe(error))), method: request.method.rawValue,
                path: request.displayPath, attempts: attempts)
        }
    }

    func makeURLRequest(_ request: APIRequest) -> URLRequest {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) ?? URLComponents()
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        components.percentEncodedPath = basePath + "/" + request.path
        components.queryItems = request.query.isEmpty ? nil : request.query
        let url = components.url ?? baseURL
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout.seconds)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.setValue(WireHeader.json, forHTTPHeaderField: "Accept")
        urlRequest.setValue("tapform-TaptalentAPI", forHTTPHeaderField: "User-Agent")
        if let apiKey {
            urlRequest.setValue(apiKey.authorizationHeaderValue, forHTTPHeaderField: WireHeader.authorization)
        }
        if let body = request.body {
            urlRequest.httpBody = body
            urlRequest.setValue(WireHeader.json, forHTTPHeaderField: WireHeader.contentType)
        }
        return urlRequest
    }

    private func release(_ permit: ConcurrencyGate.Permit?, _ signal: AdaptiveLimit.Signal) async {
        if let permit { await gate?.release(permit, signal) }
    }

    private func redact(_ text: String) -> String { apiKey?.redact(text) ?? text }

    private static func reason(_ kind: TaptalentError.Kind) -> String {
        switch kind {
        case .api(let failure): return String(failure.status)
        case .timeout: return "timeout"
        case .transport(let failure): return failure.reason
        default: return "error"
        }
    }
}
