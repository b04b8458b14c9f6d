import Foundation
import Testing
import TaptalentAPI
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("Network errors in words")
struct NetworkErrorTextTests {
    @Test("no library error code reaches the message", arguments: [
        URLError.Code.badURL, .unsupportedURL, .unknown, .cancelled, .dataLengthExceedsMaximum, .callIsActive,
        .cannotLoadFromNetwork, .cannotCreateFile,
    ])
    func noRawCodes(code: URLError.Code) async throws {
        let (client, _, _) = try scriptedClient([.fail(code), .fail(code), .fail(code), .fail(code), .fail(code)])
        let error = try await #require(throws: TaptalentError.self) { try await client.jobs() }
        #expect(!error.description.contains("URLError"), "\(error)")
        #expect(!error.description.contains(String(code.rawValue)), "\(error)")
    }

    @Test("--debug still shows the library's error")
    func debugShowsTheCode() async throws {
        let lines = LineCollector()
        let (client, _, _) = try scriptedClient([.fail(.callIsActive)], debug: lines)
        _ = try? await client.assessment(id: "1")
        #expect(lines.lines.contains { $0.contains("URLError \(URLError.Code.callIsActive.rawValue)") }, "\(lines.lines)")
    }
}
