import Testing
import TaptalentAPI

@Suite("The adaptive concurrency limit (AIMD with a latency signal), sample by sample")
struct AdaptiveLimitTests {
    let start = ContinuousClock.now
    func at(_ ms: Int) -> ContinuousClock.Instant { start + .milliseconds(ms) }

    /// Feeds `count` healthy answers of `latency` with the limit fully used.
    func healthy(_ limit: inout AdaptiveLimit, _ count: Int, latency: Duration = .milliseconds(50), from ms: Int = 0) {
        for i in 0..<count { limit.record(.success, latency: latency, inFlight: limit.permits, at: at(ms + i)) }
    }

    @Test("it starts at 4 and, in slow start, grows by one per healthy answer up to its maximum, never beyond")
    func slowStart() {
        var limit = AdaptiveLimit(maximum: 16)
        #expect(limit.permits == AdaptiveLimit.initial)
        healthy(&limit, 5)
        #expect(limit.permits == 9)
        healthy(&limit, 50, from: 10)
        #expect(limit.permits == 16)
        #expect(limit.isInSlowStart)
        #expect(AdaptiveLimit(maximum: 2).permits == 2)
    }

    @Test("it does not grow while it is not used: answers with at most half the limit in flight")
    func appLimited() {
        var limit = AdaptiveLimit(maximum: 16)
        for i in 0..<20 { limit.record(.success, latency: .milliseconds(50), inFlight: 1, at: at(i)) }
        #expect(limit.permits == 4)
        limit.record(.success, latency: .milliseconds(50), inFlight: 2, at: at(30))
        #expect(limit.permits == 5)
    }

    @Test("an overload halves it once per round trip, ends slow start, and it then grows by one per round trip")
    func overload() {
        var limit = AdaptiveLimit(maximum: 32)
        healthy(&limit, 12)
        #expect(limit.permits == 16)
        limit.record(.overload, latency: .milliseconds(50), inFlight: 16, at: at(100))
        #expect(limit.permits == 8)
        #expect(!limit.isInSlowStart)
        // The other answers of the same round trip (sent before the decrease) do not cut it again.
        for ms in [110, 120, 140] { limit.record(.overload, latency: .milliseconds(50), inFlight: 16, at: at(ms)) }
        #expect(limit.permits == 8)
        // One round trip of healthy answers (1/limit each: 9 of them from 8) adds one.
        healthy(&limit, 8, from: 151)
        #expect(limit.permits == 8)
        healthy(&limit, 1, from: 160)
        #expect(limit.permits == 9)
        // A later overload, after the hold, halves it again.
        limit.record(.overload, latency: .milliseconds(50), inFlight: 9, at: at(400))
        #expect(limit.permits == 4)
    }

    @Test("it never goes below one")
    func floor() {
        var limit = AdaptiveLimit(maximum: 8)
        for round in 0..<10 { limit.record(.overload, latency: .milliseconds(50), inFlight: 1, at: at(round * 1000)) }
        #expect(limit.permits == 1)
        #expect(limit.limit >= 1)
    }

    @Test("latency rising well above the baseline shrinks it; jitter around the baseline does not")
    func latency() {
        var limit = AdaptiveLimit(maximum: 16)
        // 50 ms give or take 20 ms: no decrease, the limit grows to the maximum.
        for i in 0..<40 {
            limit.record(.success, latency: .milliseconds(50 + (i % 2 == 0 ? 20 : -20)), inFlight: limit.permits, at: at(i))
        }
        #expect(limit.permits == 16)
        // The server slows to 300 ms: the smoothed latency crosses 2x the baseline and the limit shrinks.
        for i in 0..<10 { limit.record(.success, latency: .milliseconds(300), inFlight: 16, at: at(1000 + i * 400)) }
        #expect(limit.permits < 16)
        #expect(!limit.isInSlowStart)
    }

    @Test("a small absolute rise is not congestion, even when it doubles a tiny latency")
    func latencyFloor() {
        var limit = AdaptiveLimit(maximum: 16)
        healthy(&limit, 4, latency: .milliseconds(1))
        healthy(&limit, 20, latency: .milliseconds(10), from: 10)
        #expect(limit.permits == 16)
    }

    @Test("answers that say nothing about the load (4xx, refused connections) change nothing")
    func ignored() {
        var limit = AdaptiveLimit(maximum: 16)
        for i in 0..<10 { limit.record(.ignored, latency: .seconds(5), inFlight: 4, at: at(i)) }
        #expect(limit.permits == 4)
        #expect(limit.isInSlowStart)
        #expect(limit.smoothed == nil)
    }
}
