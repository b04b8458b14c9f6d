import Testing
import TaptalentAPI

@Suite("Rate-limit streak")
struct RateLimitStreakTests {
    let t0 = ContinuousClock.now

    @Test("a refusal may be waited out while the streak, that wait included, stays within the maximum")
    func withinMaximum() {
        var streak = RateLimitStreak(maximum: .seconds(10))
        let first = streak.refused(at: t0, retryAfter: .seconds(4))
        let second = streak.refused(at: t0 + .seconds(4), retryAfter: .seconds(6))
        let third = streak.refused(at: t0 + .seconds(4), retryAfter: .milliseconds(6001))
        #expect(first && second && !third)
        #expect(streak.length(at: t0 + .seconds(7)) == .seconds(7))
    }

    @Test("the streak starts at its first refusal and ends with any other answer")
    func endsOnAnswer() {
        var streak = RateLimitStreak(maximum: .seconds(10))
        #expect(streak.length(at: t0) == .zero)
        let first = streak.refused(at: t0 + .seconds(100), retryAfter: .seconds(9))
        let second = streak.refused(at: t0 + .seconds(109), retryAfter: .seconds(2))
        #expect(first && !second)
        streak.answered()
        #expect(streak.since == nil)
        let afterAnswer = streak.refused(at: t0 + .seconds(111), retryAfter: .seconds(10))
        #expect(afterAnswer)
    }

    @Test("a Retry-After longer than the maximum is never waited")
    func longerThanMaximum() {
        var streak = RateLimitStreak(maximum: .seconds(10))
        let refused = streak.refused(at: t0, retryAfter: .seconds(11))
        #expect(!refused)
    }
}
