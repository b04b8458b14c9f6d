import Foundation
import Testing
import TaptalentAPI

@Suite("Walking pages")
struct PaginationTests {
    func jobsPage(_ ids: ClosedRange<Int>?, total: Int) -> ScriptedTransport.Step {
        let jobs = (ids.map(Array.init) ?? []).map { #"{"id":\#($0),"title":"Job \#($0)"}"# }
        return .answer(status: 200, body: #"{"jobs":[\#(jobs.joined(separator: ","))],"totalJobs":\#(total)}"#)
    }

    @Test("stops once total items are collected, requesting perPage=100")
    func byTotal() async throws {
        let (client, transport, _) = try scriptedClient([jobsPage(1...100, total: 150), jobsPage(101...150, total: 150)])
        let jobs = try await client.allJobs()
        #expect(jobs.map(\.id.value) == (1...150).map(String.init))
        #expect(transport.sent.map { $0.url?.query } == ["pageNumber=1&perPage=100", "pageNumber=2&perPage=100"])
    }

    @Test("stops at an empty page when the total overstates")
    func byEmptyPage() async throws {
        let (client, transport, _) = try scriptedClient([jobsPage(1...100, total: 500), jobsPage(nil, total: 500)])
        #expect(try await client.allJobs().count == 100)
        #expect(transport.sent.count == 2)
    }

    @Test("a server that repeats the same page fails instead of looping")
    func repeatedPage() async throws {
        let (client, transport, _) = try scriptedClient(Array(repeating: jobsPage(1...100, total: 1_000), count: 20))
        let error = try await #require(throws: TaptalentError.self) { try await client.allJobs() }
        #expect(transport.sent.count == 2)
        #expect(error.description.contains("pagination does not end: page 2 repeats items"))
    }

    @Test("a server that keeps sending new items and a growing total fails after a bounded number of pages")
    func endless() async throws {
        let steps = (0..<50).map { jobsPage(($0 * 100 + 1)...($0 * 100 + 100), total: $0 * 100 + 101) }
        let (client, transport, _) = try scriptedClient(steps)
        let error = try await #require(throws: TaptalentError.self) { try await client.allJobs() }
        #expect(transport.sent.count == 6)
        #expect(error.description.contains("pagination does not end: page 6 still brings new items"))
    }
}
