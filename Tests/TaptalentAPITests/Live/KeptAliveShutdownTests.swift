import Foundation
import Testing
import TaptalentAPI
import TaptalentEmulator
import TapformTestSupport

/// tapform's transport keeps connections alive for the whole process: an emulator (`--env local`, the tests'
/// in-process ones) must still stop at once and let its data folder go.
@Suite("An emulator stops while tapform's transport keeps a connection to it alive")
struct KeptAliveShutdownTests {
    @Test("stop returns, and the same data folder can be served again at once")
    func stopWithIdleConnection() async throws {
        let folder = try TemporaryFolder("kept-alive")
        defer { folder.remove() }
        let options = EmulatorOptions(dataDirectory: folder.url.appendingPathComponent("data").path)
        let first = try await Emulator.start(options)
        let client = try TaptalentClient(baseURL: first.baseURL, apiKey: APIKey(first.apiKey))
        _ = try await client.jobs()
        await first.stop()  // the transport still keeps its connection to it, idle
        let second = try await Emulator.start(options)
        await second.stop()
    }
}
