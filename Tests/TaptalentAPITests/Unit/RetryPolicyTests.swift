import Foundation
import Testing
@testable import TaptalentAPI

@Suite("Retry policy")
struct RetryPolicyTests {
    @Test("backoff doubles from the base delay up to the maximum")
    func exponential() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .milliseconds(500), jitter: 0, random: { 0.9 })
        let waits = (1...5).map { policy.backoff(beforeRetry: $0) }
        #expect(waits == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500), .milliseconds(500)])
    }

    @Test("jitter takes up to its fraction off the wait")
    func jitter() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(10), jitter: 0.5, random: { 0.5 })
        #expect(policy.backoff(beforeRetry: 2) == .milliseconds(1500))
    }

    @Test("Retry-After in seconds and as an HTTP date")
    func retryAfter() {
        #expect(RetryAfter.parse("3") == .seconds(3))
        #expect(RetryAfter.parse("0.5") == .milliseconds(500))
        #expect(RetryAfter.parse("soon") == nil)
        #expect(RetryAfter.parse(nil) == nil)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryAfter.parse("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == .seconds(10))
    }

    @Test("at least one attempt")
    func minimumAttempts() {
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
    }
}
