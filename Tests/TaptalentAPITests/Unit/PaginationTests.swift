import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TaptalentAPI

@Suite("Walking pages")
struct PaginationTests {
    /// `GET /jobs` page `page` of a server whose page n holds `items(n)` and reports `total(n)`.
    final class JobsServer: HTTPTransport {
        let items: @Sendable (Int) -> ClosedRange<Int>?
        let total: @Sendable (Int) -> Int
        /// Pages requested, in order of arrival.
        let requested = Locked<[Int]>([])
        /// Held requests, released once `holdUntil` of them have arrived (nil: none held).
        let holdUntil: Int?
        private let held = Locked<[CheckedContinuation<Void, Never>]>([])
        let mostHeld = Locked(0)

        init(holdUntil: Int? = nil, total: @escaping @Sendable (Int) -> Int, items: @escaping @Sendable (Int) -> ClosedRange<Int>?) {
            self.items = items
            self.total = total
            self.holdUntil = holdUntil
        }

        func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
            let query = URLComponents(url: request.url!, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let page = Int(query.first { $0.name == "pageNumber" }?.value ?? "") ?? 0
            requested.withLock { $0.append(page) }
            if let holdUntil, page > 1 {
                await withCheckedContinuation { continuation in
                    let release: [CheckedContinuation<Void, Never>] = held.withLock { held in
                        held.append(continuation)
                        mostHeld.withLock { $0 = max($0, held.count) }
                        guard held.count >= holdUntil else { return [] }
                        defer { held.removeAll() }
                        return held
                    }
                    release.forEach { $0.resume() }
                }
            }
            let jobs = (items(page).map(Array.init) ?? []).map { #"{"id":\#($0),"title":"Job \#($0)"}"# }
            let body = #"{"jobs":[\#(jobs.joined(separator: ","))],"totalJobs":\#(total(page))}"#
            return (Data(body.utf8), HTTPURLResponse(url: request.url!, statusCode: 200, httpVersion: "HTTP/1.1", headerFields: [:])!)
        }
    }

    func client(_ server: JobsServer) throws -> TaptalentClient {
        try TaptalentClient(configuration: TaptalentConfiguration(
            baseURL: URL(string: "http://127.0.0.1:9/v1/partner")!, apiKey: testKey, timeout: .seconds(60),
            retry: testRetryPolicy(RecordingSleeper(), maxAttempts: 1)), transport: server)
    }

    @Test("stops once total items are collected, requesting perPage=100")
    func byTotal() async throws {
        let (client, transport, _) = try scriptedClient([jobsPage(1...100, total: 150), jobsPage(101...150, total: 150)])
        let jobs = try await client.allJobs()
        #expect(jobs.map(\.id.value) == (1...150).map(String.init))
        #expect(transport.sent.map { $0.url?.query } == ["pageNumber=1&perPage=100", "pageNumber=2&perPage=100"])
    }

    @Test("the pages the first one announces are requested at once, and their items kept in page order")
    func announcedPagesAtOnce() async throws {
        // Pages 2 to 5 are answered only once all four have been asked for: a walk one page at a time would time out.
        let server = JobsServer(holdUntil: 4, total: { _ in 480 }) { page in
            page <= 5 ? ((page - 1) * 100 + 1)...min(page * 100, 480) : nil
        }
        let jobs = try await client(server).allJobs()
        #expect(jobs.map(\.id.value) == (1...480).map(String.init))
        #expect(server.mostHeld.withLock { $0 } == 4)
        #expect(server.requested.withLock { $0 }.sorted() == [1, 2, 3, 4, 5])
    }

    @Test("stops at an empty page when the total overstates; the announced pages cost a request each at most")
    func byEmptyPage() async throws {
        let server = JobsServer(total: { _ in 500 }) { $0 == 1 ? 1...100 : nil }
        #expect(try await client(server).allJobs().count == 100)
        let requested = server.requested.withLock { $0 }
        #expect(requested.first == 1 && requested.contains(2))
        #expect(requested.count <= 5)
    }

    @Test("a server that repeats the same page fails instead of looping")
    func repeatedPage() async throws {
        let server = JobsServer(total: { _ in 1_000 }) { _ in 1...100 }
        let error = try await #require(throws: TaptalentError.self) { try await client(server).allJobs() }
        #expect(error.description.contains("pagination does not end: page 2 repeats items"))
        #expect(server.requested.withLock { $0 }.count <= 1 + 8, "at most the window of announced pages ahead")
    }

    @Test("a server that keeps sending new items and a growing total fails after a bounded number of pages")
    func endless() async throws {
        let steps = (0..<50).map { jobsPage(($0 * 100 + 1)...($0 * 100 + 100), total: $0 * 100 + 101) }
        let (client, transport, _) = try scriptedClient(steps)
        let error = try await #require(throws: TaptalentError.self) { try await client.allJobs() }
        #expect(transport.sent.count == 6)
        #expect(error.description.contains("pagination does not end: page 6 still brings new items"))
    }

    func jobsPage(_ ids: ClosedRange<Int>?, total: Int) -> ScriptedTransport.Step {
        let jobs = (ids.map(Array.init) ?? []).map { #"{"id":\#($0),"title":"Job \#($0)"}"# }
        return .answer(status: 200, body: #"{"jobs":[\#(jobs.joined(separator: ","))],"totalJobs":\#(total)}"#)
    }
}
