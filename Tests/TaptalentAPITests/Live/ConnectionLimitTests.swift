import Foundation
import Hummingbird
import Testing
import TaptalentAPI

/// The client's concurrency limit is the only limit on requests in flight: the HTTP library must not
/// queue some of them unseen (URLSession on Linux allowed 6 connections per host by default, so the 7th
/// request waited inside the session and its wait counted as the server's latency).
@Suite("Connections per host")
struct ConnectionLimitTests {
    /// Holds every request until `size` of them have arrived, then answers them all.
    actor Rendezvous {
        let size: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []
        private(set) var arrived = 0

        init(size: Int) { self.size = size }

        func arrive() async {
            arrived += 1
            if arrived >= size { return releaseAll() }
            await withCheckedContinuation { waiting.append($0) }
        }

        func releaseAll() {
            waiting.forEach { $0.resume() }
            waiting.removeAll()
        }
    }

    @Test("as many GETs reach the server at once as the limit lets go")
    func allInFlight() async throws {
        let count = 12
        let rendezvous = Rendezvous(size: count)
        let router = Router()
        router.get("**") { _, _ in
            await rendezvous.arrive()
            return Response(status: .ok, body: .init(byteBuffer: .init(string: #"{"jobs":[],"totalJobs":0}"#)))
        }
        try await LoopbackServer.with(router) { url in
            let client = try TaptalentClient(configuration: TaptalentConfiguration(
                baseURL: url, apiKey: testKey, timeout: .seconds(60),
                retry: testRetryPolicy(RecordingSleeper(), maxAttempts: 1), concurrency: .fixed(count)))
            let answered = await withTaskGroup(of: Bool.self) { calls in
                for _ in 0..<count { calls.addTask { (try? await client.jobs()) != nil } }
                return await calls.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            await rendezvous.releaseAll()
            let arrived = await rendezvous.arrived
            #expect(answered == count, "only \(arrived) requests reached the server at once")
        }
    }
}
