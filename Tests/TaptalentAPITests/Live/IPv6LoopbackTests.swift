import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator

/// `http://[::1]:PORT` is loopback: it is allowed, and either works (as it does through tapform's libcurl
/// transport) or fails with words that say what to do (URLSession on Linux, the fallback, refuses IPv6
/// address literals, swift-corelibs-foundation#5496), never "URLError -1000".
@Suite("IPv6 loopback")
struct IPv6LoopbackTests {
    @Test func ipv6Literal() async throws {
        let running: RunningEmulator
        do {
            running = try await Emulator.start(EmulatorOptions(host: "::1", port: 0))
        } catch {
            return  // no IPv6 loopback on this machine: nothing to check
        }
        #expect(running.baseURL.absoluteString.hasPrefix("http://[::1]:"))
        let client = try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: running.baseURL, apiKey: APIKey(running.apiKey), retry: testRetryPolicy(RecordingSleeper(), maxAttempts: 3)))
        do {
            _ = try await client.jobs()
        } catch let error as TaptalentError {
            #expect(error.description.contains("IPv6"), "\(error)")
            #expect(error.description.contains("localhost"), "\(error)")
            #expect(!error.description.contains("URLError"), "\(error)")
            #expect(error.attempts == 1, "a URL the library refuses is not retried")
        }
        await running.stop()
    }
}
